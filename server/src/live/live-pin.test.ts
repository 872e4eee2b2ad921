import { describe, expect, it } from 'vitest';
import { collect, joinRoom, ok, request, useTestServer, waitFor } from '../test-support/test-server.js';

const context = useTestServer();

describe('pinning someone in the live stream', () => {
  it('is a facilitator’s choice, seen by everyone, and only while live', async () => {
    const alice = await joinRoom(context.server.url, 'epingle', 'Alice');
    const bob = await joinRoom(context.server.url, 'epingle', 'Bob');
    context.sockets.push(alice.socket, bob.socket);

    const notLive = await request(alice.socket, 'live:pin', { peerId: bob.join.self.id });
    expect(notLive.ok ? null : notLive.error.code).toBe('NOT_FOUND');
    await ok(alice.socket, 'live:start', { mode: 'speaker', rtmpUrl: null });

    const seenByBob = collect(bob.socket, 'live:changed');
    const { state } = await ok(alice.socket, 'live:pin', { peerId: bob.join.self.id });
    expect(state.pinnedPeerId).toBe(bob.join.self.id);
    await waitFor(() => seenByBob.some((seen) => seen.pinnedPeerId === bob.join.self.id));

    const byParticipant = await request(bob.socket, 'live:pin', { peerId: null });
    expect(byParticipant.ok ? null : byParticipant.error.code).toBe('FORBIDDEN');
    const stranger = await request(alice.socket, 'live:pin', { peerId: 'nobody-here' });
    expect(stranger.ok ? null : stranger.error.code).toBe('NOT_FOUND');
    expect(context.server.live.stream('epingle')?.state.pinnedPeerId).toBe(bob.join.self.id);

    expect((await ok(alice.socket, 'live:pin', { peerId: null })).state.pinnedPeerId).toBeNull();
    await ok(alice.socket, 'live:stop', {});
  }, 30_000);
});
