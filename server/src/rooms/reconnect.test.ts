import { describe, expect, it } from 'vitest';
import { collect, joinRoom, nextEvent, ok, produce, useTestServer, waitFor, type TestClient } from '../test-support/test-server.js';

describe('a dropped connection keeps its seat for a grace period', () => {
  const t = useTestServer({ PEER_GRACE_SECONDS: '1' });

  it('gives the seat back to the same person with the resume token', async () => {
    const alice = await joinRoom(t.server.url, 'weekly', 'Alice');
    const bob = await joinRoom(t.server.url, 'weekly', 'Bob');
    t.sockets.push(alice.socket, bob.socket);
    await produce(alice.socket, 'audio');

    const updates = collect(bob.socket, 'peer:updated');
    alice.socket.disconnect();
    await waitFor(() => updates.some((peer) => peer.connection === 'reconnecting'));

    const back = await joinRoom(t.server.url, 'weekly', 'Alice', alice.join.resumeToken);
    t.sockets.push(back.socket);
    expect(back.join.self.id).toBe(alice.join.self.id);
    expect(back.join.peers.map((peer) => peer.name)).toEqual(['Bob']);
    await waitFor(() => updates.at(-1)?.connection === 'connected');
    // Its old media was dropped; the client produces again on new transports.
    const peer = t.server.rooms.get('weekly')!.peers.get(alice.join.self.id)!;
    expect(peer.media.transports.size).toBe(0);
    expect(updates.at(-1)).toMatchObject({ mic: false });
    await produce(back.socket, 'audio');
  });

  it('frees the seat when the grace period ends', async () => {
    const alice = await joinRoom(t.server.url, 'weekly', 'Alice');
    const bob = await joinRoom(t.server.url, 'weekly', 'Bob');
    t.sockets.push(bob.socket);
    const left = nextEvent(bob.socket, 'peer:left', 5_000);
    alice.socket.disconnect();
    expect(await left).toEqual({ peerId: alice.join.self.id });

    // Coming back later, the same person is the same participant (durable identity).
    const rejoined = nextEvent(bob.socket, 'peer:joined');
    const late = await joinRoom(t.server.url, 'weekly', 'Alice', alice.join.resumeToken);
    t.sockets.push(late.socket);
    expect(late.join.self.id).toBe(alice.join.self.id);
    expect((await rejoined).id).toBe(alice.join.self.id);
  });

  it('takes over from a connection the server still believes alive', async () => {
    const alice = await joinRoom(t.server.url, 'weekly', 'Alice');
    t.sockets.push(alice.socket);
    const kicked = new Promise<void>((resolve) => alice.socket.once('disconnect', () => resolve()));
    const second = await joinRoom(t.server.url, 'weekly', 'Alice', alice.join.resumeToken);
    t.sockets.push(second.socket);
    await kicked;
    expect(second.join.self.id).toBe(alice.join.self.id);
    await ok(second.socket, 'transport:create', { direction: 'recv' });
  });
});
