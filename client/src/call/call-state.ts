import type { MediaKind, MediaSource, PeerInfo } from '@palabre/shared';
import type { RequestErrorCode } from '../signalling/request';

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
  phase: CallPhase;
  /** Other participants, in the order they arrived. */
  peers: PeerInfo[];
  remoteMedia: RemoteMedia[];
  local: LocalState;
  /** `navigator.onLine`, following the window's online/offline events. */
  online: boolean;
  /** A remote <audio> refused to play without a user gesture. */
  audioBlocked: boolean;
}

export type CallAction =
  | { type: 'join-started'; room: string; name: string }
  | { type: 'joined'; self: PeerInfo; peers: PeerInfo[] }
  | { type: 'join-failed'; code: RequestErrorCode }
  | { type: 'connection-lost' }
  | { type: 'peer-joined'; peer: PeerInfo }
  | { type: 'peer-updated'; peer: PeerInfo }
  | { type: 'peer-left'; peerId: string }
  | { type: 'remote-media-added'; media: RemoteMedia }
  | { type: 'remote-media-removed'; consumerId: string }
  | { type: 'remote-media-cleared' }
  | { type: 'local-changed'; local: Partial<LocalState> }
  | { type: 'online-changed'; online: boolean }
  | { type: 'audio-blocked'; blocked: boolean }
  | { type: 'left' }
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

export function initialCallState(online = true): CallState {
  return {
    room: null,
    selfId: null,
    selfName: '',
    phase: { status: 'idle' },
    peers: [],
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
        remoteMedia: [],
      };
    case 'joined':
      // A rejoin after a drop replaces the list: whoever left meanwhile is gone from it.
      return {
        ...state,
        selfId: action.self.id,
        selfName: action.self.name,
        phase: { status: 'joined' },
        peers: action.peers.filter((peer) => peer.id !== action.self.id),
      };
    case 'join-failed':
      return { ...state, phase: { status: 'failed', code: action.code } };
    case 'connection-lost':
      return state.phase.status === 'joined' ? { ...state, phase: { status: 'reconnecting' } } : state;
    case 'peer-joined':
    case 'peer-updated':
      return action.peer.id === state.selfId ? state : { ...state, peers: upsertPeer(state.peers, action.peer) };
    case 'peer-left':
      return {
        ...state,
        peers: state.peers.filter((peer) => peer.id !== action.peerId),
        remoteMedia: state.remoteMedia.filter((media) => media.peerId !== action.peerId),
      };
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
      return { ...state, phase: { status: 'left' }, selfId: null, peers: [], remoteMedia: [], audioBlocked: false };
    case 'reset':
      return { ...initialCallState(state.online), local: state.local };
    default:
      return assertNever(action);
  }
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
