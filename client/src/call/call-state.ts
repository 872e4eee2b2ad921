import type { MediaKind, MediaSource, PeerInfo } from '@palabre/shared';
import type { RequestErrorCode } from '../signalling/request';
import {
  bringSpeakerForward,
  initialGridState,
  reconcileOrder,
  withOrder,
  withPage,
  withPageSize,
  type GridState,
  type IncomingVideo,
  type PageSize,
} from './grid-state';

/*
 * Everything the UI shows about a call, as plain serializable data. Media objects (tracks,
 * mediasoup producers and consumers) live in the media service; this state only names them by id.
 */

/** Where this page stands in the call. */
export type CallPhase =
  | { status: 'idle' }
  | { status: 'joining' }
  | { status: 'joined' }
  /** The signalling socket dropped; Socket.IO is reconnecting and we will rejoin our seat. */
  | { status: 'reconnecting' }
  | { status: 'left' }
  /** A facilitator ended the meeting for everyone; joining again opens a new one. */
  /** `meetingId` finds its report (facilitators review it before it is published). */
  | { status: 'ended'; endedBy: string; meetingId: string }
  | { status: 'failed'; code: RequestErrorCode };

/** A remote track we receive, announced by `consumer:added`. */
export interface RemoteMedia {
  consumerId: string;
  peerId: string;
  kind: MediaKind;
  source: MediaSource;
  /** Key of the MediaStreamTrack in the track registry. */
  trackId: string;
}

export interface DeviceOption {
  deviceId: string;
  label: string;
}

/** Our own devices: what we capture and whether we send it. */
export interface LocalState {
  /** The microphone is on (not muted). */
  micOn: boolean;
  micTrackId: string | null;
  cameraTrackId: string | null;
  screenTrackId: string | null;
  /** getUserMedia was refused or found nothing: the person can still watch and listen. */
  captureError: 'denied' | 'unavailable' | null;
  cameras: DeviceOption[];
  microphones: DeviceOption[];
  cameraId: string | null;
  microphoneId: string | null;
}

export interface CallState {
  room: string | null;
  selfId: string | null;
  selfName: string;
  /** We said it is our first time here: our own tile shows the mark the others see. */
  selfFirstTime: boolean;
  phase: CallPhase;
  /** Other participants, in the order they arrived. */
  peers: PeerInfo[];
  /** The room's dominant speaker as the server hears it (possibly us), null before anyone spoke. */
  speakerId: string | null;
  /** The last other person who was the dominant speaker: "speaker only" keeps them on screen while we talk. */
  lastRemoteSpeakerId: string | null;
  /** Pages of camera tiles and what video we want to receive. */
  grid: GridState;
  remoteMedia: RemoteMedia[];
  local: LocalState;
  /** `navigator.onLine`, following the window's online/offline events. */
  online: boolean;
  /** A remote <audio> refused to play without a user gesture. */
  audioBlocked: boolean;
}

export type CallAction =
  | { type: 'join-started'; room: string; name: string }
  | { type: 'joined'; self: PeerInfo; peers: PeerInfo[]; activeSpeakerId: string | null }
  | { type: 'join-failed'; code: RequestErrorCode }
  | { type: 'connection-lost' }
  | { type: 'peer-joined'; peer: PeerInfo }
  | { type: 'peer-updated'; peer: PeerInfo }
  | { type: 'peer-left'; peerId: string }
  | { type: 'speaker-changed'; peerId: string | null }
  /** Someone was given the floor (or nobody has it): brought onto the first page like a speaker. */
  | { type: 'floor-changed'; peerId: string | null }
  | { type: 'page-changed'; page: number }
  | { type: 'page-size-changed'; pageSize: PageSize }
  | { type: 'incoming-video-changed'; incomingVideo: IncomingVideo }
  | { type: 'remote-media-added'; media: RemoteMedia }
  | { type: 'remote-media-removed'; consumerId: string }
  | { type: 'remote-media-cleared' }
  | { type: 'local-changed'; local: Partial<LocalState> }
  | { type: 'online-changed'; online: boolean }
  | { type: 'audio-blocked'; blocked: boolean }
  | { type: 'left' }
  | { type: 'meeting-ended'; endedBy: string; meetingId: string }
  /** Back to before any join (the person went to another page); devices and network stay. */
  | { type: 'reset' };

export const initialLocalState: LocalState = {
  micOn: true,
  micTrackId: null,
  cameraTrackId: null,
  screenTrackId: null,
  captureError: null,
  cameras: [],
  microphones: [],
  cameraId: null,
  microphoneId: null,
};

/** `grid` carries the person's remembered preferences (page size, incoming video). */
export function initialCallState(online = true, grid: GridState = initialGridState()): CallState {
  return {
    room: null,
    selfId: null,
    selfName: '',
    selfFirstTime: false,
    phase: { status: 'idle' },
    peers: [],
    speakerId: null,
    lastRemoteSpeakerId: null,
    grid: { ...grid, order: [], page: 0 },
    remoteMedia: [],
    local: initialLocalState,
    online,
    audioBlocked: false,
  };
}

export function callReducer(state: CallState, action: CallAction): CallState {
  switch (action.type) {
    case 'join-started':
      return {
        ...state,
        room: action.room,
        selfName: action.name,
        phase: { status: 'joining' },
        peers: [],
        speakerId: null,
        lastRemoteSpeakerId: null,
        grid: { ...state.grid, order: [], page: 0 },
        remoteMedia: [],
      };
    case 'joined': {
      // A rejoin after a drop replaces the list: whoever left meanwhile is gone from it.
      const joined = withPeers(
        { ...state, selfId: action.self.id, selfName: action.self.name, selfFirstTime: action.self.firstTime, phase: { status: 'joined' } },
        action.peers.filter((peer) => peer.id !== action.self.id),
      );
      return withSpeaker(joined, action.activeSpeakerId);
    }
    case 'join-failed':
      return { ...state, phase: { status: 'failed', code: action.code } };
    case 'connection-lost':
      return state.phase.status === 'joined' ? { ...state, phase: { status: 'reconnecting' } } : state;
    case 'peer-joined':
    case 'peer-updated':
      return action.peer.id === state.selfId ? state : withPeers(state, upsertPeer(state.peers, action.peer));
    case 'peer-left':
      return {
        ...withPeers(state, state.peers.filter((peer) => peer.id !== action.peerId)),
        remoteMedia: state.remoteMedia.filter((media) => media.peerId !== action.peerId),
        lastRemoteSpeakerId: state.lastRemoteSpeakerId === action.peerId ? null : state.lastRemoteSpeakerId,
      };
    case 'speaker-changed':
      return withSpeaker(state, action.peerId);
    case 'floor-changed': {
      const holder = action.peerId !== state.selfId && state.peers.some((peer) => peer.id === action.peerId) ? action.peerId : null;
      return withGrid(state, bringSpeakerForward(state.grid, holder));
    }
    case 'page-changed':
      return withGrid(state, bringSpeakerForward(withPage(state.grid, action.page), remoteSpeaker(state)));
    case 'page-size-changed':
      return withGrid(state, bringSpeakerForward(withPageSize(state.grid, action.pageSize), remoteSpeaker(state)));
    case 'incoming-video-changed':
      return state.grid.incomingVideo === action.incomingVideo
        ? state
        : withGrid(state, { ...state.grid, incomingVideo: action.incomingVideo });
    case 'remote-media-added':
      return {
        ...state,
        remoteMedia: [
          ...state.remoteMedia.filter((media) => media.consumerId !== action.media.consumerId),
          action.media,
        ],
      };
    case 'remote-media-removed':
      return { ...state, remoteMedia: state.remoteMedia.filter((media) => media.consumerId !== action.consumerId) };
    case 'remote-media-cleared':
      return state.remoteMedia.length === 0 ? state : { ...state, remoteMedia: [] };
    case 'local-changed':
      return { ...state, local: { ...state.local, ...action.local } };
    case 'online-changed':
      return state.online === action.online ? state : { ...state, online: action.online };
    case 'audio-blocked':
      return state.audioBlocked === action.blocked ? state : { ...state, audioBlocked: action.blocked };
    case 'left':
    case 'meeting-ended':
      return {
        ...state,
        phase: action.type === 'left' ? { status: 'left' } : { status: 'ended', endedBy: action.endedBy, meetingId: action.meetingId },
        selfId: null,
        selfFirstTime: false,
        peers: [],
        speakerId: null,
        lastRemoteSpeakerId: null,
        grid: { ...state.grid, order: [], page: 0 },
        remoteMedia: [],
        audioBlocked: false,
      };
    case 'reset':
      return { ...initialCallState(state.online, state.grid), local: state.local };
    default:
      return assertNever(action);
  }
}

/** New list of peers; their tiles' order follows (newcomers at the end, leavers gone). */
function withPeers(state: CallState, peers: PeerInfo[]): CallState {
  const order = reconcileOrder(state.grid.order, peers.map((peer) => peer.id));
  return { ...state, peers, grid: withOrder(state.grid, order) };
}

function withGrid(state: CallState, grid: GridState): CallState {
  return grid === state.grid ? state : { ...state, grid };
}

/** A new dominant speaker: remembered, and brought onto the page if they were off it. */
function withSpeaker(state: CallState, speakerId: string | null): CallState {
  const remote = remoteSpeaker({ ...state, speakerId });
  const grid = bringSpeakerForward(state.grid, remote);
  const lastRemoteSpeakerId = remote ?? state.lastRemoteSpeakerId;
  if (speakerId === state.speakerId && grid === state.grid && lastRemoteSpeakerId === state.lastRemoteSpeakerId) {
    return state;
  }
  return { ...state, speakerId, lastRemoteSpeakerId, grid };
}

/** The dominant speaker if it is someone else in the room (we always see ourselves). */
function remoteSpeaker(state: CallState): string | null {
  const { speakerId } = state;
  return speakerId !== null && speakerId !== state.selfId && state.peers.some((peer) => peer.id === speakerId)
    ? speakerId
    : null;
}

/** Updates a peer in place, or appends a newcomer at the end (tiles keep their order). */
function upsertPeer(peers: PeerInfo[], peer: PeerInfo): PeerInfo[] {
  const index = peers.findIndex((existing) => existing.id === peer.id);
  if (index === -1) return [...peers, peer];
  const next = peers.slice();
  next[index] = peer;
  return next;
}

export function assertNever(value: never): never {
  throw new Error(`unexpected value ${JSON.stringify(value)}`);
}
