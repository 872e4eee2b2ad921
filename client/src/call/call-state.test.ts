import { describe, expect, it } from 'vitest';
import type { PeerInfo } from '@palabre/shared';
import { callReducer, initialCallState, type CallAction, type CallState, type RemoteMedia } from './call-state';

const peer = (id: string, overrides: Partial<PeerInfo> = {}): PeerInfo => ({
  id,
  name: id.toUpperCase(),
  mic: true,
  camera: true,
  screen: false,
  connection: 'connected',
  ...overrides,
});

const media = (consumerId: string, peerId: string, overrides: Partial<RemoteMedia> = {}): RemoteMedia => ({
  consumerId,
  peerId,
  kind: 'video',
  source: 'camera',
  trackId: `track-${consumerId}`,
  ...overrides,
});

const run = (...actions: CallAction[]): CallState => actions.reduce(callReducer, initialCallState());

const joined = (...others: PeerInfo[]): CallAction[] => [
  { type: 'join-started', room: 'r', name: 'Me' },
  { type: 'joined', self: peer('me', { name: 'Me' }), peers: others },
];

describe('callReducer', () => {
  it('starts joining, then holds self and the others from the join response', () => {
    const joining = run({ type: 'join-started', room: 'r', name: 'Me' });
    expect(joining.phase).toEqual({ status: 'joining' });
    const state = run(...joined(peer('a'), peer('b')));
    expect(state.phase).toEqual({ status: 'joined' });
    expect(state.selfId).toBe('me');
    expect(state.peers.map((p) => p.id)).toEqual(['a', 'b']);
  });

  it('appends newcomers and updates people in place, keeping their order', () => {
    const state = run(
      ...joined(peer('a')),
      { type: 'peer-joined', peer: peer('b') },
      { type: 'peer-updated', peer: peer('a', { mic: false }) },
      { type: 'peer-joined', peer: peer('c') },
    );
    expect(state.peers.map((p) => [p.id, p.mic])).toEqual([
      ['a', false],
      ['b', true],
      ['c', true],
    ]);
  });

  it('never lists ourselves among the others', () => {
    const state = run(...joined(), { type: 'peer-updated', peer: peer('me') });
    expect(state.peers).toEqual([]);
  });

  it('drops a peer who left, with their media', () => {
    const state = run(
      ...joined(peer('a'), peer('b')),
      { type: 'remote-media-added', media: media('c1', 'a') },
      { type: 'remote-media-added', media: media('c2', 'b') },
      { type: 'peer-left', peerId: 'a' },
    );
    expect(state.peers.map((p) => p.id)).toEqual(['b']);
    expect(state.remoteMedia.map((m) => m.consumerId)).toEqual(['c2']);
  });

  it('shows a dropped connection as reconnecting, and a rejoin replaces the list', () => {
    const lost = run(...joined(peer('a'), peer('b')), { type: 'connection-lost' });
    expect(lost.phase).toEqual({ status: 'reconnecting' });
    expect(lost.peers).toHaveLength(2);
    const back = callReducer(lost, { type: 'joined', self: peer('me'), peers: [peer('b'), peer('d')] });
    expect(back.phase).toEqual({ status: 'joined' });
    expect(back.peers.map((p) => p.id)).toEqual(['b', 'd']);
  });

  it('ignores a lost connection before the first join completed', () => {
    const state = run({ type: 'join-started', room: 'r', name: 'Me' }, { type: 'connection-lost' });
    expect(state.phase).toEqual({ status: 'joining' });
  });

  it('adds remote media once per consumer and clears it on a media reset', () => {
    const state = run(
      ...joined(peer('a')),
      { type: 'remote-media-added', media: media('c1', 'a') },
      { type: 'remote-media-added', media: media('c1', 'a') },
      { type: 'remote-media-added', media: media('c2', 'a', { kind: 'audio', source: 'mic' }) },
    );
    expect(state.remoteMedia.map((m) => m.consumerId)).toEqual(['c1', 'c2']);
    expect(callReducer(state, { type: 'remote-media-removed', consumerId: 'c1' }).remoteMedia).toHaveLength(1);
    expect(callReducer(state, { type: 'remote-media-cleared' }).remoteMedia).toEqual([]);
  });

  it('merges local changes and forgets the call on leave, keeping the room for a rejoin', () => {
    const state = run(
      ...joined(peer('a')),
      { type: 'local-changed', local: { micOn: false, micTrackId: 'm' } },
      { type: 'audio-blocked', blocked: true },
      { type: 'left' },
    );
    expect(state.local.micOn).toBe(false);
    expect(state.local.micTrackId).toBe('m');
    expect(state.phase).toEqual({ status: 'left' });
    expect(state.peers).toEqual([]);
    expect(state.audioBlocked).toBe(false);
    expect(state.room).toBe('r');
    expect(state.selfName).toBe('Me');
  });

  it('returns the same state when nothing changes, so React does not re-render', () => {
    const state = run(...joined());
    expect(callReducer(state, { type: 'online-changed', online: true })).toBe(state);
    expect(callReducer(state, { type: 'remote-media-cleared' })).toBe(state);
  });
});

describe('reset', () => {
  it('forgets the call but keeps the devices and the network state', () => {
    const state = run(
      ...joined(),
      { type: 'local-changed', local: { cameraTrackId: 'cam' } },
      { type: 'online-changed', online: false },
      { type: 'reset' },
    );
    expect(state.phase).toEqual({ status: 'idle' });
    expect(state.room).toBeNull();
    expect(state.local.cameraTrackId).toBe('cam');
    expect(state.online).toBe(false);
  });
});
