import { describe, expect, it } from 'vitest';
import {
  collect,
  joinReadyToReceive,
  joinRoom,
  nextEvent,
  ok,
  produce,
  request,
  useTestServer,
  type TestClient,
  waitFor,
} from '../test-support/test-server.js';

describe('signalling with real clients and a real mediasoup worker', () => {
  const t = useTestServer();
  const track = <T extends { socket: TestClient }>(joined: T): T => {
    t.sockets.push(joined.socket);
    return joined;
  };

  it('seats peers and tells each about the others', async () => {
    const alice = track(await joinRoom(t.server.url, 'weekly', 'Alice'));
    expect(alice.join.peers).toEqual([]);
    expect(alice.join.routerRtpCapabilities.codecs?.map((codec) => codec.mimeType)).toContain('audio/opus');

    const joined = nextEvent(alice.socket, 'peer:joined');
    const bob = track(await joinRoom(t.server.url, 'weekly', 'Bob'));
    expect(bob.join.peers.map((peer) => peer.name)).toEqual(['Alice']);
    expect(await joined).toMatchObject({ id: bob.join.self.id, name: 'Bob', connection: 'connected' });
    expect(t.server.rooms.get('weekly')?.peers.size).toBe(2);
  });

  it('consumes existing and new producers, paused until the client resumes them', async () => {
    const alice = track(await joinRoom(t.server.url, 'weekly', 'Alice'));
    const audio = await produce(alice.socket, 'audio');

    const bob = track(await joinRoom(t.server.url, 'weekly', 'Bob'));
    const added = collect(bob.socket, 'consumer:added');
    await ok(bob.socket, 'transport:create', { direction: 'recv' });
    await ok(bob.socket, 'media:ready', { rtpCapabilities: bob.join.routerRtpCapabilities });
    // The existing audio is consumed during media:ready, the new video when it is produced.
    const video = await produce(alice.socket, 'video');
    await waitFor(() => added.length === 2);

    expect(added.map((consumer) => consumer.producerId).sort()).toEqual([audio.producerId, video.producerId].sort());
    expect(added.every((consumer) => consumer.peerId === alice.join.self.id)).toBe(true);
    const bobPeer = t.server.rooms.get('weekly')!.peers.get(bob.join.self.id)!;
    const videoConsumer = added.find((consumer) => consumer.kind === 'video')!;
    expect(bobPeer.media.consumer(videoConsumer.consumerId).paused).toBe(true);

    await ok(bob.socket, 'consumer:resume', { consumerId: videoConsumer.consumerId });
    expect(bobPeer.media.consumer(videoConsumer.consumerId).paused).toBe(false);
  });

  it('announces a muted microphone and a closed producer', async () => {
    const alice = track(await joinRoom(t.server.url, 'weekly', 'Alice'));
    const bob = track(await joinReadyToReceive(t.server.url, 'weekly', 'Bob'));
    const added = nextEvent(bob.socket, 'consumer:added');
    const { producerId } = await produce(alice.socket, 'audio');
    const consumer = await added;

    const muted = nextEvent(bob.socket, 'peer:updated');
    await ok(alice.socket, 'producer:pause', { producerId });
    expect(await muted).toMatchObject({ id: alice.join.self.id, mic: false });

    const unmuted = nextEvent(bob.socket, 'peer:updated');
    await ok(alice.socket, 'producer:resume', { producerId });
    expect(await unmuted).toMatchObject({ mic: true });

    const closed = nextEvent(bob.socket, 'consumer:closed');
    await ok(alice.socket, 'producer:close', { producerId });
    expect(await closed).toEqual({ consumerId: consumer.consumerId });
  });

  it('lets peers leave and closes the empty room', async () => {
    const alice = track(await joinRoom(t.server.url, 'weekly', 'Alice'));
    const bob = track(await joinRoom(t.server.url, 'weekly', 'Bob'));
    const left = nextEvent(alice.socket, 'peer:left');
    await ok(bob.socket, 'room:leave', {});
    expect(await left).toEqual({ peerId: bob.join.self.id });

    await ok(alice.socket, 'room:leave', {});
    expect(t.server.rooms.get('weekly')).toBeUndefined();
    expect(await request(alice.socket, 'transport:create', { direction: 'send' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_JOINED' },
    });
  });

  it('never lets a peer touch what belongs to another peer', async () => {
    const alice = track(await joinRoom(t.server.url, 'weekly', 'Alice'));
    const bob = track(await joinRoom(t.server.url, 'weekly', 'Bob'));
    const { transport, producerId } = await produce(alice.socket, 'audio');

    expect(await request(bob.socket, 'producer:close', { producerId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(
      await request(bob.socket, 'transport:connect', {
        transportId: transport.id,
        dtlsParameters: { role: 'client', fingerprints: [{ algorithm: 'sha-256', value: 'AA:BB' }] },
      }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const alicePeer = t.server.rooms.get('weekly')!.peers.get(alice.join.self.id)!;
    expect(alicePeer.media.producers.has(producerId)).toBe(true);
  });

  it('refuses to produce on a receiving transport', async () => {
    const alice = track(await joinRoom(t.server.url, 'weekly', 'Alice'));
    const recv = await ok(alice.socket, 'transport:create', { direction: 'recv' });
    const answer = await request(alice.socket, 'producer:create', {
      transportId: recv.id,
      kind: 'audio',
      source: 'mic',
      rtpParameters: { codecs: [{ mimeType: 'audio/opus', payloadType: 111, clockRate: 48000, channels: 2 }] },
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
