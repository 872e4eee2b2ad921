import type { PeerInfo } from '@palabre/shared';
import type { CallState, RemoteMedia } from './call-state';
import { clampPage, pageCount, pageOf } from './grid-state';

/** One tile: a person's camera (or avatar), or a screen they share. */
export interface TileModel {
  key: string;
  peerId: string;
  name: string;
  isSelf: boolean;
  source: 'camera' | 'screen';
  /** Registry key of the video to show; null shows the avatar (camera off, not arrived, or not wanted). */
  videoTrackId: string | null;
  /**
   * Another person's video that this page wants the server to send: their camera or screen is
   * on and the incoming-video mode allows it. True before the track arrives, so that the view
   * already asks for it and its first frames are not held back until the next view update.
   */
  wantsVideo: boolean;
  micMuted: boolean;
  reconnecting: boolean;
  /** The room's dominant speaker, microphone on. */
  speaking: boolean;
  /** The person said it is their first time here. */
  firstTime: boolean;
  /** This tile is another room, linked to ours (a workshop link): its name. */
  linkedRoom: string | null;
}

/** What the call page shows: screens in the large place, one page of cameras, and ourselves. */
export interface Stage {
  screens: TileModel[];
  /** Other people's cameras on the current page, in the grid's order (speaker first). */
  page: TileModel[];
  self: TileModel;
  /** Zero-based. */
  pageIndex: number;
  pageCount: number;
}

export function selectStage(state: CallState): Stage {
  const selfId = state.selfId ?? 'self';
  const { local, grid } = state;
  const selfMicOn = local.micOn && local.micTrackId !== null;
  const self: TileModel = {
    key: `${selfId}:camera`,
    peerId: selfId,
    name: state.selfName,
    isSelf: true,
    source: 'camera',
    videoTrackId: local.cameraTrackId,
    wantsVideo: false,
    micMuted: !selfMicOn,
    reconnecting: false,
    speaking: state.speakerId === selfId && selfMicOn,
    firstTime: state.selfFirstTime,
    linkedRoom: null,
  };

  const screens: TileModel[] = [];
  if (local.screenTrackId) {
    screens.push({ ...self, key: `${selfId}:screen`, source: 'screen', videoTrackId: local.screenTrackId, micMuted: false, speaking: false, firstTime: false });
  }
  const peersById = new Map(state.peers.map((peer) => [peer.id, peer]));
  // Screens in arrival order, like the people sharing them.
  for (const peer of state.peers) {
    if (peer.screen) screens.push(remoteTile(state, peer, 'screen'));
  }
  const page = pageOf(grid).flatMap((peerId) => {
    const peer = peersById.get(peerId);
    return peer ? [remoteTile(state, peer, 'camera')] : [];
  });
  return {
    screens,
    page,
    self,
    pageIndex: clampPage(grid.page, grid.order.length, grid.pageSize),
    pageCount: pageCount(grid.order.length, grid.pageSize),
  };
}

/** Every tile that may show another person's video: those the view reports. */
export function remoteVideoTiles(stage: Stage): TileModel[] {
  return [...stage.screens, ...stage.page].filter((tile) => !tile.isSelf);
}

/** Everyone in the call for the participant list: ourselves first, then by name. */
export interface ParticipantModel {
  peerId: string;
  name: string;
  isSelf: boolean;
  micMuted: boolean;
  reconnecting: boolean;
  speaking: boolean;
  firstTime: boolean;
  linkedRoom: string | null;
}

export function selectParticipants(state: CallState, compareNames: (a: string, b: string) => number): ParticipantModel[] {
  const { self } = selectStage(state);
  const others = state.peers
    .map((peer) => ({
      peerId: peer.id,
      name: peer.name,
      isSelf: false,
      micMuted: !peer.mic,
      reconnecting: peer.connection === 'reconnecting',
      speaking: peer.id === state.speakerId && peer.mic,
      firstTime: peer.firstTime,
      linkedRoom: peer.linkedRoom ?? null,
    }))
    .sort((a, b) => compareNames(a.name, b.name));
  const { peerId, name, micMuted, speaking, firstTime } = self;
  return [{ peerId, name, isSelf: true, micMuted, reconnecting: false, speaking, firstTime, linkedRoom: null }, ...others];
}

/** Remote microphones: each gets its own hidden <audio> element, whatever the video mode. */
export function selectRemoteAudio(state: CallState): RemoteMedia[] {
  return state.remoteMedia.filter((media) => media.kind === 'audio');
}

/**
 * Whose video "speaker only" shows: the dominant speaker, or while we are the one talking (or
 * nobody spoke yet since they left) the last other person who spoke, so the picture does not
 * blink out each time we answer.
 */
export function featuredSpeaker(state: CallState): string | null {
  const { speakerId } = state;
  if (speakerId !== null && speakerId !== state.selfId && state.peers.some((peer) => peer.id === speakerId)) {
    return speakerId;
  }
  return state.lastRemoteSpeakerId;
}

function remoteTile(state: CallState, peer: PeerInfo, source: 'camera' | 'screen'): TileModel {
  const on = source === 'camera' ? peer.camera : peer.screen;
  const wantsVideo = on && incomingAllows(state, peer.id, source);
  return {
    key: `${peer.id}:${source}`,
    peerId: peer.id,
    name: peer.name,
    isSelf: false,
    source,
    videoTrackId: wantsVideo ? videoTrackOf(state.remoteMedia, peer.id, source) : null,
    wantsVideo,
    micMuted: source === 'camera' && !peer.mic,
    reconnecting: peer.connection === 'reconnecting',
    speaking: source === 'camera' && peer.id === state.speakerId && peer.mic,
    firstTime: source === 'camera' && peer.firstTime,
    linkedRoom: peer.linkedRoom ?? null,
  };
}

/**
 * "Speaker only" still shows shared screens: a screen is what the meeting looks at, and someone
 * following a presentation on a weak connection would otherwise lose it. "None" shows nothing.
 */
function incomingAllows(state: CallState, peerId: string, source: 'camera' | 'screen'): boolean {
  switch (state.grid.incomingVideo) {
    case 'all':
      return true;
    case 'speaker':
      return source === 'screen' || peerId === featuredSpeaker(state);
    case 'none':
      return false;
  }
}

function videoTrackOf(media: RemoteMedia[], peerId: string, source: 'camera' | 'screen'): string | null {
  return media.find((item) => item.peerId === peerId && item.source === source)?.trackId ?? null;
}

