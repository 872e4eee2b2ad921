import { describe, expect, it } from 'vitest';
import type { PeerInfo } from '@palabre/shared';
import { callReducer, initialCallState, type CallAction, type CallState, type RemoteMedia } from './call-state';
import { peer } from './test-peers';


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
  { type: 'joined', self: peer('me', { name: 'Me' }), peers: others, activeSpeakerId: null },
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
    const back = callReducer(lost, { type: 'joined', self: peer('me'), peers: [peer('b'), peer('d')], activeSpeakerId: null });
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

  it('ends the meeting for everyone: says who ended it, keeps no one and no media, keeps the local devices', () => {
    const state = run(
      ...joined(peer('a')),
      { type: 'remote-media-added', media: media('c1', 'a') },
      { type: 'local-changed', local: { micTrackId: 'm' } },
      { type: 'meeting-ended', endedBy: 'Alice', meetingId: 'm1' },
    );
    expect(state.phase).toEqual({ status: 'ended', endedBy: 'Alice', meetingId: 'm1' });
    expect(state.peers).toEqual([]);
    expect(state.remoteMedia).toEqual([]);
    expect(state.selfId).toBeNull();
    expect(state.room).toBe('r');
    expect(state.local.micTrackId).toBe('m');
    // "Back to the room page" starts from the pre-join page again.
    expect(callReducer(state, { type: 'reset' }).phase).toEqual({ status: 'idle' });
  });

  it('returns the same state when nothing changes, so React does not re-render', () => {
    const state = run(...joined());
    expect(callReducer(state, { type: 'online-changed', online: true })).toBe(state);
    expect(callReducer(state, { type: 'remote-media-cleared' })).toBe(state);
  });
});

describe('the grid in the call state', () => {
  const five = ['a', 'b', 'c', 'd', 'e'].map((id) => peer(id));
  const pageSize = (size: 1 | 4): CallAction => ({ type: 'page-size-changed', pageSize: size });

  it('lays people out in join order, newcomers last, leavers gone', () => {
    const state = run(...joined(peer('a'), peer('b')), { type: 'peer-joined', peer: peer('c') }, { type: 'peer-left', peerId: 'a' });
    expect(state.grid.order).toEqual(['b', 'c']);
  });

  it('brings a speaker from another page to the first place, the others keeping their order', () => {
    const state = run(...joined(...five), pageSize(4), { type: 'speaker-changed', peerId: 'e' });
    expect(state.speakerId).toBe('e');
    expect(state.grid.order).toEqual(['e', 'a', 'b', 'c', 'd']);
  });

  it('leaves a speaker who is already on the page where they are', () => {
    const state = run(...joined(...five), pageSize(4), { type: 'speaker-changed', peerId: 'c' });
    expect(state.grid.order).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('moves nobody when we speak, or when the speaker leaves', () => {
    const us = run(...joined(...five), pageSize(1), { type: 'speaker-changed', peerId: 'me' });
    expect(us.speakerId).toBe('me');
    expect(us.grid.order).toEqual(['a', 'b', 'c', 'd', 'e']);
    const gone = callReducer(us, { type: 'speaker-changed', peerId: null });
    expect(gone.grid.order).toEqual(us.grid.order);
  });

  it('brings the person given the floor onto the first page, without changing the voice marked as speaking', () => {
    const state = run(...joined(...five), pageSize(4), { type: 'speaker-changed', peerId: 'b' }, { type: 'floor-changed', peerId: 'e' });
    expect(state.grid.order).toEqual(['e', 'a', 'b', 'c', 'd']);
    expect(state.speakerId).toBe('b');
    const ours = run(...joined(...five), pageSize(1), { type: 'floor-changed', peerId: 'me' });
    expect(ours.grid.order).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(callReducer(ours, { type: 'floor-changed', peerId: null })).toBe(ours);
  });

  it('takes the speaker from the join response', () => {
    const state = run(
      { type: 'page-size-changed', pageSize: 1 },
      { type: 'join-started', room: 'r', name: 'Me' },
      { type: 'joined', self: peer('me'), peers: [peer('a'), peer('b')], activeSpeakerId: 'b' },
    );
    expect(state.grid.order).toEqual(['b', 'a']);
  });

  it('does not shift the page someone is browsing; the speaker comes first when they go back', () => {
    const browsing = run(...joined(...five), pageSize(1), { type: 'page-changed', page: 2 }, { type: 'speaker-changed', peerId: 'e' });
    expect(browsing.grid.order).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(browsing.grid.page).toBe(2);
    const back = callReducer(browsing, { type: 'page-changed', page: 0 });
    expect(back.grid.order).toEqual(['e', 'a', 'b', 'c', 'd']);
  });

  it('keeps the page within the pages there are when people leave', () => {
    const state = run(
      ...joined(...five),
      pageSize(4),
      { type: 'page-changed', page: 1 },
      { type: 'peer-left', peerId: 'e' },
    );
    expect(state.grid.page).toBe(0);
  });

  it('keeps everyone in place across a rejoin after a drop', () => {
    const before = run(...joined(...five), pageSize(4), { type: 'speaker-changed', peerId: 'e' }, { type: 'connection-lost' });
    const back = callReducer(before, {
      type: 'joined',
      self: peer('me'),
      peers: [peer('a'), peer('b'), peer('c'), peer('e'), peer('f')],
      activeSpeakerId: 'e',
    });
    expect(back.grid.order).toEqual(['e', 'a', 'b', 'c', 'f']);
  });

  it('keeps the preferences, not the people, over a leave and a reset', () => {
    const state = run(
      ...joined(...five),
      pageSize(4),
      { type: 'incoming-video-changed', incomingVideo: 'none' },
      { type: 'left' },
      { type: 'reset' },
    );
    expect(state.grid).toEqual({ order: [], page: 0, pageSize: 4, incomingVideo: 'none' });
  });

  it('remembers the last other person who spoke, for "speaker only"', () => {
    const state = run(...joined(...five), { type: 'speaker-changed', peerId: 'b' }, { type: 'speaker-changed', peerId: 'me' });
    expect(state.lastRemoteSpeakerId).toBe('b');
    expect(callReducer(state, { type: 'peer-left', peerId: 'b' }).lastRemoteSpeakerId).toBeNull();
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
