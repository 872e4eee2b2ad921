import { describe, expect, it } from 'vitest';
import type { PeerInfo } from '@palabre/shared';
import { collect, joinRoom, nextEvent, ok, request, useTestServer, waitFor, type TestServer } from '../test-support/test-server.js';
import { sendRealMedia } from '../test-support/real-media.js';

/*
 * Workshop links against the real server and mediasoup: real VP8/Opus from ffmpeg in each room,
 * DirectTransports, the tile producers' byte counters read from mediasoup itself.
 */

const context = useTestServer();

/** The tile of the room `linked` in `room`, as the server holds it. */
function tileIn(server: TestServer, room: string, linked: string) {
  return [...(server.rooms.get(room)?.peers.values() ?? [])].find((peer) => peer.linkedRoom === linked);
}

/** Bytes each of a tile's producers received so far, by kind (audio summed over the voices). */
async function tileBytes(server: TestServer, room: string, linked: string): Promise<{ video: number; audio: number }> {
  const tile = tileIn(server, room, linked);
  const totals = { video: 0, audio: 0 };
  for (const producer of tile?.media.producers.values() ?? []) {
    for (const stat of await producer.getStats()) totals[producer.kind] += stat.byteCount;
  }
  return totals;
}

async function facilitator(room: string, name: string) {
  const joined = await joinRoom(context.server.url, room, name);
  context.sockets.push(joined.socket);
  expect(joined.join.role).toBe('facilitator');
  return joined;
}

async function linkRooms(a: Awaited<ReturnType<typeof facilitator>>, b: Awaited<ReturnType<typeof facilitator>>, roomB: string) {
  const invited = nextEvent(b.socket, 'link:invited');
  const answered = nextEvent(a.socket, 'link:answered');
  const { inviteId } = await ok(a.socket, 'link:request', { room: roomB });
  expect(await invited).toMatchObject({ inviteId });
  expect(await ok(b.socket, 'link:answer', { inviteId, accept: true })).toEqual({ linked: true });
  expect(await answered).toMatchObject({ inviteId, room: roomB, accepted: true });
}

describe('workshop links', () => {
  it('shows each room in the other as one tile, with real video and sound both ways', async () => {
    const { server } = context;
    const alice = await facilitator('atelier-a', 'Alice');
    const bob = await facilitator('atelier-b', 'Bob');
    const mediaA = await sendRealMedia(server, 'atelier-a', alice.join.self.id);
    const mediaB = await sendRealMedia(server, 'atelier-b', bob.join.self.id);
    const seenByAlice = collect(alice.socket, 'peer:joined');
    const seenByBob = collect(bob.socket, 'peer:joined');
    try {
      await linkRooms(alice, bob, 'atelier-b');
      await waitFor(() => seenByAlice.some((peer) => peer.linkedRoom === 'atelier-b') && seenByBob.some((peer) => peer.linkedRoom === 'atelier-a'));
      expect(seenByAlice.find((peer) => peer.linkedRoom)).toMatchObject({ name: 'atelier-b', role: 'participant' });

      // Media flows into both tiles, and keeps flowing.
      const before = { a: await tileBytes(server, 'atelier-a', 'atelier-b'), b: await tileBytes(server, 'atelier-b', 'atelier-a') };
      await expect.poll(async () => (await tileBytes(server, 'atelier-a', 'atelier-b')).video, { timeout: 10_000 }).toBeGreaterThan(before.a.video + 20_000);
      await expect.poll(async () => (await tileBytes(server, 'atelier-a', 'atelier-b')).audio, { timeout: 10_000 }).toBeGreaterThan(before.a.audio + 2_000);
      await expect.poll(async () => (await tileBytes(server, 'atelier-b', 'atelier-a')).video, { timeout: 10_000 }).toBeGreaterThan(before.b.video + 20_000);
      await expect.poll(async () => (await tileBytes(server, 'atelier-b', 'atelier-a')).audio, { timeout: 10_000 }).toBeGreaterThan(before.b.audio + 2_000);
      // The tile says camera and microphone on, like a person's.
      const tile: PeerInfo | undefined = tileIn(server, 'atelier-a', 'atelier-b')?.info();
      expect(tile).toMatchObject({ camera: true, mic: true, linkedRoom: 'atelier-b' });

      // A facilitator of either side ends it: both tiles leave.
      const leftA = nextEvent(alice.socket, 'peer:left');
      const leftB = nextEvent(bob.socket, 'peer:left');
      await ok(bob.socket, 'link:end', { room: 'atelier-a' });
      await Promise.all([leftA, leftB]);
      expect(tileIn(server, 'atelier-a', 'atelier-b')).toBeUndefined();
      expect(tileIn(server, 'atelier-b', 'atelier-a')).toBeUndefined();
    } finally {
      await Promise.all([mediaA.close(), mediaB.close()]);
    }
  }, 60_000);

  it('never sends a room its own picture back: a room without cameras shows its tile camera off', async () => {
    const { server } = context;
    const alice = await facilitator('avec-camera', 'Alice');
    const bob = await facilitator('sans-camera', 'Bob');
    const media = await sendRealMedia(server, 'avec-camera', alice.join.self.id);
    try {
      await linkRooms(alice, bob, 'sans-camera');
      // Alice's room reaches Bob's...
      await expect.poll(async () => (await tileBytes(server, 'sans-camera', 'avec-camera')).video, { timeout: 10_000 }).toBeGreaterThan(20_000);
      // ...but Bob's room has only Alice's tile to offer, which is never sent back to her.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(await tileBytes(server, 'avec-camera', 'sans-camera')).toEqual({ video: 0, audio: 0 });
      expect(tileIn(server, 'avec-camera', 'sans-camera')?.info()).toMatchObject({ camera: false, mic: false });
    } finally {
      await media.close();
    }
  }, 60_000);

  it('asks consent: only facilitators invite and answer, a refusal or an expiry links nothing', async () => {
    const alice = await facilitator('salle-a', 'Alice');
    const bob = await facilitator('salle-b', 'Bob');
    const carol = await joinRoom(context.server.url, 'salle-a', 'Carol');
    context.sockets.push(carol.socket);

    const byParticipant = await request(carol.socket, 'link:request', { room: 'salle-b' });
    expect(byParticipant.ok ? null : byParticipant.error.code).toBe('FORBIDDEN');
    const toItself = await request(alice.socket, 'link:request', { room: 'salle-a' });
    expect(toItself.ok ? null : toItself.error.code).toBe('INVALID_PAYLOAD');
    const toEmpty = await request(alice.socket, 'link:request', { room: 'personne-ici' });
    expect(toEmpty.ok ? null : toEmpty.error).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('personne-ici') });
    const malformed = await request(alice.socket, 'link:request', { room: '../../etc' } as never);
    expect(malformed.ok ? null : malformed.error.code).toBe('INVALID_PAYLOAD');

    const invited = nextEvent(bob.socket, 'link:invited');
    const answered = nextEvent(alice.socket, 'link:answered');
    const { inviteId } = await ok(alice.socket, 'link:request', { room: 'salle-b' });
    await invited;
    // The invitation is for Bob's room: Alice cannot accept it for him.
    const selfAccepted = await request(alice.socket, 'link:answer', { inviteId, accept: true });
    expect(selfAccepted.ok ? null : selfAccepted.error.code).toBe('NOT_FOUND');
    expect(await ok(bob.socket, 'link:answer', { inviteId, accept: false })).toEqual({ linked: false });
    expect(await answered).toMatchObject({ inviteId, accepted: false });
    const again = await request(bob.socket, 'link:answer', { inviteId, accept: true });
    expect(again.ok ? null : again.error.code).toBe('NOT_FOUND');
    expect(tileIn(context.server, 'salle-a', 'salle-b')).toBeUndefined();
    const ended = await request(alice.socket, 'link:end', { room: 'salle-b' });
    expect(ended.ok ? null : ended.error.code).toBe('NOT_FOUND');
  });

  it("tells a linked room when it appears in the other's live stream", async () => {
    const alice = await facilitator('direct-a', 'Alice');
    const bob = await facilitator('direct-b', 'Bob');
    await linkRooms(alice, bob, 'direct-b');
    const told = nextEvent(bob.socket, 'link:live', 10_000);
    await ok(alice.socket, 'live:start', { mode: 'speaker', rtmpUrl: null });
    expect(await told).toEqual({ rooms: ['direct-a'] });
    // Someone arriving in Bob's room learns it at once.
    const carol = await joinRoom(context.server.url, 'direct-b', 'Carol');
    context.sockets.push(carol.socket);
    expect(carol.join.linkedLive).toEqual(['direct-a']);
    const untold = nextEvent(carol.socket, 'link:live', 10_000);
    await ok(alice.socket, 'live:stop', {});
    expect(await untold).toEqual({ rooms: [] });
  }, 30_000);

  it('ends when a room closes, and a linked tile alone does not keep a room open', async () => {
    const { server } = context;
    const alice = await facilitator('fermeture-a', 'Alice');
    const bob = await facilitator('fermeture-b', 'Bob');
    await linkRooms(alice, bob, 'fermeture-b');
    await waitFor(() => tileIn(server, 'fermeture-a', 'fermeture-b') !== undefined);
    const tileLeft = nextEvent(alice.socket, 'peer:left');
    await ok(bob.socket, 'room:leave', {});
    // Bob's room held only Bob and Alice's tile: it closes, and its tile leaves Alice's room.
    await tileLeft;
    await waitFor(() => server.rooms.get('fermeture-b') === undefined);
    expect(tileIn(server, 'fermeture-a', 'fermeture-b')).toBeUndefined();
    expect(server.rooms.get('fermeture-a')?.peers.size).toBe(1);
  });
});
