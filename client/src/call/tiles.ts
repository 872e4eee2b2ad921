import type { CallState, RemoteMedia } from './call-state';

/** One tile of the grid: a person's camera (or avatar), or a screen they share. */
export interface TileModel {
  key: string;
  peerId: string;
  name: string;
  isSelf: boolean;
  source: 'camera' | 'screen';
  /** Registry key of the video to show; null shows the avatar (camera off, or not arrived yet). */
  videoTrackId: string | null;
  micMuted: boolean;
  reconnecting: boolean;
}

/** Screen shares first (that is what people look at), then ourselves, then others by arrival. */
export function selectTiles(state: CallState): TileModel[] {
  const selfId = state.selfId ?? 'self';
  const { local } = state;
  const cameras: TileModel[] = [
    {
      key: `${selfId}:camera`,
      peerId: selfId,
      name: state.selfName,
      isSelf: true,
      source: 'camera',
      videoTrackId: local.cameraTrackId,
      micMuted: !(local.micOn && local.micTrackId),
      reconnecting: false,
    },
  ];
  const screens: TileModel[] = [];
  if (local.screenTrackId) {
    screens.push({
      key: `${selfId}:screen`,
      peerId: selfId,
      name: state.selfName,
      isSelf: true,
      source: 'screen',
      videoTrackId: local.screenTrackId,
      micMuted: false,
      reconnecting: false,
    });
  }

  for (const peer of state.peers) {
    const reconnecting = peer.connection === 'reconnecting';
    cameras.push({
      key: `${peer.id}:camera`,
      peerId: peer.id,
      name: peer.name,
      isSelf: false,
      source: 'camera',
      videoTrackId: peer.camera ? videoTrackOf(state.remoteMedia, peer.id, 'camera') : null,
      micMuted: !peer.mic,
      reconnecting,
    });
    if (peer.screen) {
      screens.push({
        key: `${peer.id}:screen`,
        peerId: peer.id,
        name: peer.name,
        isSelf: false,
        source: 'screen',
        videoTrackId: videoTrackOf(state.remoteMedia, peer.id, 'screen'),
        micMuted: false,
        reconnecting,
      });
    }
  }
  return [...screens, ...cameras];
}

/** Remote microphones: each gets its own hidden <audio> element. */
export function selectRemoteAudio(state: CallState): RemoteMedia[] {
  return state.remoteMedia.filter((media) => media.kind === 'audio');
}

function videoTrackOf(media: RemoteMedia[], peerId: string, source: 'camera' | 'screen'): string | null {
  return media.find((item) => item.peerId === peerId && item.source === source)?.trackId ?? null;
}
