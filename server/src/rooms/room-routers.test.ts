import { describe, expect, it } from 'vitest';
import {
  collect,
  forgetTransports,
  joinRoom,
  nextEvent,
  ok,
  produce,
  useTestServer,
  waitFor,
  type TestClient,
} from '../test-support/test-server.js';

describe('a room that outgrows a worker', () => {
  const t = useTestServer({ MEDIASOUP_WORKERS: '2', PEERS_PER_ROUTER: '1' });

  async function joinReady(name: string) {
    const joined = await joinRoom(t.server.url, 'big', name);
    t.sockets.push(joined.socket);
    const added = collect(joined.socket, 'consumer:added');
    await ok(joined.socket, 'transport:create', { direction: 'recv' });
    await ok(joined.socket, 'media:ready', { rtpCapabilities: joined.join.routerRtpCapabilities });
    return { ...joined, added };
  }

  it('spreads over both workers and pipes producers between them', async () => {
    const alice = await joinReady('Alice');
    const bob = await joinReady('Bob');
    const room = t.server.rooms.get('big')!;
    const workersOf = (peerId: string) => room.routers.routerOf(peerId)!.slot.index;
    expect(new Set([workersOf(alice.join.self.id), workersOf(bob.join.self.id)]).size).toBe(2);

    const { producerId } = await produce(alice.socket, 'video');
    await waitFor(() => bob.added.length === 1);
    expect(bob.added[0]).toMatchObject({ producerId, peerId: alice.join.self.id });
    await ok(bob.socket, 'consumer:resume', { consumerId: bob.added[0]!.consumerId });

    // Bob's consumer lives on his own router, fed by a pipe from Alice's.
    const bobRouter = room.routers.routerOf(bob.join.self.id)!.router;
    const dump = await bobRouter.dump();
    expect(dump.mapProducerIdConsumerIds.some((entry) => entry.key === producerId)).toBe(true);

    // A third person fills the lightest router rather than adding a third on two workers.
    const carol = await joinReady('Carol');
    expect(room.routers.all.length).toBe(2);
    await waitFor(() => carol.added.length === 1);
  });

  it('resets only the peers of a worker that dies; the others lose just its media', async () => {
    const alice = await joinReady('Alice');
    const bob = await joinReady('Bob');
    const room = t.server.rooms.get('big')!;
    await produce(alice.socket, 'audio');
    await produce(bob.socket, 'video');
    await waitFor(() => alice.added.length === 1 && bob.added.length === 1);

    const bobWorker = room.routers.routerOf(bob.join.self.id)!.slot.worker;
    const aliceResets = collect(alice.socket, 'media:reset');
    const bobReset = nextEvent(bob.socket, 'media:reset', 10_000);
    const aliceLoses = nextEvent(alice.socket, 'consumer:closed', 10_000);
    process.kill(bobWorker.pid, 'SIGKILL');

    const [reset, closed] = await Promise.all([bobReset, aliceLoses]);
    expect(closed.consumerId).toBe(alice.added[0]!.consumerId);
    expect(aliceResets).toEqual([]);

    // Bob sets his media up again; Alice receives his new video without having reset.
    forgetTransports(bob.socket);
    await ok(bob.socket, 'transport:create', { direction: 'recv' });
    await ok(bob.socket, 'media:ready', { rtpCapabilities: reset.routerRtpCapabilities });
    await produce(bob.socket, 'video');
    await waitFor(() => alice.added.length === 2);
    expect(alice.added[1]!.peerId).toBe(bob.join.self.id);
    // And Bob hears Alice again, piped to wherever he landed.
    await waitFor(() => bob.added.length === 2);
    expect(bob.added[1]!.peerId).toBe(alice.join.self.id);
  });
});
