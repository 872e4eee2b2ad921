import { describe, expect, it } from 'vitest';
import { forgetTransports, joinRoom, nextEvent, ok, produce, useTestServer, waitFor, type TestClient } from '../test-support/test-server.js';

describe('a mediasoup worker that dies', () => {
  const t = useTestServer();

  it('is replaced, and its rooms move to a new router and tell their clients', async () => {
    const alice = await joinRoom(t.server.url, 'weekly', 'Alice');
    const bob = await joinRoom(t.server.url, 'weekly', 'Bob');
    t.sockets.push(alice.socket, bob.socket);
    await produce(alice.socket, 'video');
    await ok(bob.socket, 'transport:create', { direction: 'recv' });
    const oldPid = t.server.pool.workers[0]!.worker.pid;

    const resets = [nextEvent(alice.socket, 'media:reset', 10_000), nextEvent(bob.socket, 'media:reset', 10_000)];
    process.kill(oldPid, 'SIGKILL');
    const [reset] = await Promise.all(resets);

    expect(reset!.routerRtpCapabilities.codecs?.length).toBeGreaterThan(0);
    await waitFor(() => t.server.pool.workers[0]?.worker.pid !== oldPid && !t.server.pool.workers[0]?.worker.closed);
    // The same sockets set their media up again on the new router.
    forgetTransports(alice.socket);
    await produce(alice.socket, 'video');
    await ok(bob.socket, 'transport:create', { direction: 'recv' });
    const added = nextEvent(bob.socket, 'consumer:added');
    await ok(bob.socket, 'media:ready', { rtpCapabilities: reset!.routerRtpCapabilities });
    expect((await added).peerId).toBe(alice.join.self.id);
  });
});
