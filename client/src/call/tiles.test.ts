import { describe, expect, it } from 'vitest';
import type { PeerInfo } from '@palabre/shared';
import { callReducer, initialCallState, type CallAction } from './call-state';
import { selectRemoteAudio, selectTiles } from './tiles';

const peer = (id: string, overrides: Partial<PeerInfo> = {}): PeerInfo => ({
  id,
  name: id.toUpperCase(),
  mic: true,
  camera: true,
  screen: false,
  connection: 'connected',
  ...overrides,
});

const stateAfter = (...actions: CallAction[]) =>
  [
    { type: 'join-started', room: 'r', name: 'Me' } as CallAction,
    { type: 'joined', self: peer('me', { name: 'Me' }), peers: [] } as CallAction,
    ...actions,
  ].reduce(callReducer, initialCallState());

describe('selectTiles', () => {
  it('puts ourselves first, with our own camera and microphone', () => {
    const state = stateAfter({ type: 'local-changed', local: { cameraTrackId: 'cam', micTrackId: 'mic', micOn: false } });
    expect(selectTiles(state)).toEqual([
      {
        key: 'me:camera',
        peerId: 'me',
        name: 'Me',
        isSelf: true,
        source: 'camera',
        videoTrackId: 'cam',
        micMuted: true,
        reconnecting: false,
      },
    ]);
  });

  it('shows a muted mark when we have no microphone at all', () => {
    const state = stateAfter({ type: 'local-changed', local: { micOn: true, micTrackId: null } });
    expect(selectTiles(state)[0]?.micMuted).toBe(true);
  });

  it('shows a remote video only when the camera is on and its consumer arrived', () => {
    const withPeer = stateAfter({ type: 'peer-joined', peer: peer('a') });
    expect(selectTiles(withPeer)[1]?.videoTrackId).toBeNull();
    const withVideo = callReducer(withPeer, {
      type: 'remote-media-added',
      media: { consumerId: 'c', peerId: 'a', kind: 'video', source: 'camera', trackId: 't' },
    });
    expect(selectTiles(withVideo)[1]?.videoTrackId).toBe('t');
    const cameraOff = callReducer(withVideo, { type: 'peer-updated', peer: peer('a', { camera: false }) });
    expect(selectTiles(cameraOff)[1]?.videoTrackId).toBeNull();
  });

  it('gives a screen share its own tile, first', () => {
    const state = stateAfter(
      { type: 'peer-joined', peer: peer('a', { screen: true }) },
      {
        type: 'remote-media-added',
        media: { consumerId: 's', peerId: 'a', kind: 'video', source: 'screen', trackId: 'st' },
      },
    );
    expect(selectTiles(state).map((tile) => [tile.key, tile.videoTrackId])).toEqual([
      ['a:screen', 'st'],
      ['me:camera', null],
      ['a:camera', null],
    ]);
  });

  it('marks a peer whose connection dropped, and a muted one', () => {
    const state = stateAfter({ type: 'peer-joined', peer: peer('a', { mic: false, connection: 'reconnecting' }) });
    expect(selectTiles(state)[1]).toMatchObject({ micMuted: true, reconnecting: true });
  });
});

describe('selectRemoteAudio', () => {
  it('lists the audio consumers only', () => {
    const state = stateAfter(
      { type: 'peer-joined', peer: peer('a') },
      { type: 'remote-media-added', media: { consumerId: 'v', peerId: 'a', kind: 'video', source: 'camera', trackId: 'tv' } },
      { type: 'remote-media-added', media: { consumerId: 'm', peerId: 'a', kind: 'audio', source: 'mic', trackId: 'tm' } },
    );
    expect(selectRemoteAudio(state).map((m) => m.consumerId)).toEqual(['m']);
  });
});
