import { describe, expect, it } from 'vitest';
import { collect, joinRoom, ok, produce, useTestServer, waitFor } from '../test-support/test-server.js';

/** Three simulcast layers, ssrc-based, as a browser sends 180p/360p/720p. */
const simulcastVideo = {
  codecs: [{ mimeType: 'video/VP8', payloadType: 96, clockRate: 90000, rtcpFeedback: [{ type: 'nack', parameter: 'pli' }] }],
  encodings: [
    { ssrc: 3001, scaleResolutionDownBy: 4, maxBitrate: 150_000 },
    { ssrc: 3002, scaleResolutionDownBy: 2, maxBitrate: 500_000 },
    { ssrc: 3003, scaleResolutionDownBy: 1, maxBitrate: 1_500_000 },
  ],
  rtcp: { cname: 'cam' },
};

describe('what a viewer shows decides what the server sends', () => {
  const t = useTestServer();

  async function setUp() {
    const viewer = await joinRoom(t.server.url, 'grid', 'Viewer');
    const added = collect(viewer.socket, 'consumer:added');
    await ok(viewer.socket, 'transport:create', { direction: 'recv' });
    await ok(viewer.socket, 'media:ready', { rtpCapabilities: viewer.join.routerRtpCapabilities });
    const cameras = [];
    for (const name of ['Ana', 'Ben', 'Cleo']) {
      const person = await joinRoom(t.server.url, 'grid', name);
      t.sockets.push(person.socket);
      const transport = await ok(person.socket, 'transport:create', { direction: 'send' });
      await ok(person.socket, 'producer:create', { transportId: transport.id, kind: 'video', source: 'camera', rtpParameters: simulcastVideo });
      cameras.push(person.join.self.id);
    }
    t.sockets.push(viewer.socket);
    await waitFor(() => added.length === 3);
    for (const consumer of added) await ok(viewer.socket, 'consumer:resume', { consumerId: consumer.consumerId });
    const media = t.server.rooms.get('grid')!.peers.get(viewer.join.self.id)!.media;
    const consumerOf = (peerId: string) => [...media.consumers.values()].find((consumer) => consumer.appData.peerId === peerId)!;
    return { viewer, cameras, consumerOf };
  }

  it('sends every video at the best layer until the client reports its view', async () => {
    const { cameras, consumerOf } = await setUp();
    for (const peerId of cameras) {
      expect(consumerOf(peerId).paused).toBe(false);
      expect(consumerOf(peerId).preferredLayers?.spatialLayer).toBe(2);
    }
  });

  it('pauses videos off screen and fits the layer to each tile', async () => {
    const { viewer, cameras, consumerOf } = await setUp();
    const [ana, ben, cleo] = cameras as [string, string, string];
    await ok(viewer.socket, 'view:update', {
      tiles: [
        { peerId: ana, source: 'camera', width: 1280, height: 720 },
        { peerId: ben, source: 'camera', width: 320, height: 180 },
      ],
    });
    expect(consumerOf(ana).paused).toBe(false);
    expect(consumerOf(ana).preferredLayers?.spatialLayer).toBe(2);
    expect(consumerOf(ben).paused).toBe(false);
    expect(consumerOf(ben).preferredLayers?.spatialLayer).toBe(0);
    expect(consumerOf(cleo).paused).toBe(true);

    // Cleo becomes visible at mid size; Ana scrolls off the page.
    await ok(viewer.socket, 'view:update', {
      tiles: [
        { peerId: ben, source: 'camera', width: 320, height: 180 },
        { peerId: cleo, source: 'camera', width: 640, height: 360 },
      ],
    });
    expect(consumerOf(ana).paused).toBe(true);
    expect(consumerOf(cleo).paused).toBe(false);
    expect(consumerOf(cleo).preferredLayers?.spatialLayer).toBe(1);
  });

  it('receives no video at all in audio-only mode', async () => {
    const { viewer, cameras, consumerOf } = await setUp();
    await ok(viewer.socket, 'view:update', { tiles: [] });
    for (const peerId of cameras) expect(consumerOf(peerId).paused).toBe(true);
  });

  it('gives a newcomer the videos of its first page first, then the microphones, then the rest', async () => {
    const people: Record<string, string> = {};
    for (const name of ['Ana', 'Ben', 'Cleo']) {
      const person = await joinRoom(t.server.url, 'order', name);
      t.sockets.push(person.socket);
      await produce(person.socket, 'audio');
      await produce(person.socket, 'video');
      people[person.join.self.id] = name;
    }
    const cleo = Object.keys(people).find((id) => people[id] === 'Cleo')!;
    const newcomer = await joinRoom(t.server.url, 'order', 'Newcomer');
    t.sockets.push(newcomer.socket);
    const added = collect(newcomer.socket, 'consumer:added');
    await ok(newcomer.socket, 'transport:create', { direction: 'recv' });
    await ok(newcomer.socket, 'view:update', { tiles: [{ peerId: cleo, source: 'camera', width: 320, height: 180 }] });
    await ok(newcomer.socket, 'media:ready', { rtpCapabilities: newcomer.join.routerRtpCapabilities });
    await waitFor(() => added.length === 6);

    const order = added.map((consumer) => `${people[consumer.peerId]} ${consumer.kind}`);
    expect(order[0]).toBe('Cleo video');
    expect(order.slice(1, 4).every((entry) => entry.endsWith('audio'))).toBe(true);
    expect(order.slice(4).sort()).toEqual(['Ana video', 'Ben video']);
  });

  it('never resumes a consumer the client has not said it can play', async () => {
    const viewer = await joinRoom(t.server.url, 'grid', 'Viewer');
    t.sockets.push(viewer.socket);
    const added = collect(viewer.socket, 'consumer:added');
    await ok(viewer.socket, 'transport:create', { direction: 'recv' });
    await ok(viewer.socket, 'media:ready', { rtpCapabilities: viewer.join.routerRtpCapabilities });
    const ana = await joinRoom(t.server.url, 'grid', 'Ana');
    t.sockets.push(ana.socket);
    const transport = await ok(ana.socket, 'transport:create', { direction: 'send' });
    await ok(ana.socket, 'producer:create', { transportId: transport.id, kind: 'video', source: 'camera', rtpParameters: simulcastVideo });
    await waitFor(() => added.length === 1);
    await ok(viewer.socket, 'view:update', { tiles: [{ peerId: ana.join.self.id, source: 'camera', width: 640, height: 360 }] });
    const consumer = t.server.rooms.get('grid')!.peers.get(viewer.join.self.id)!.media.consumer(added[0]!.consumerId);
    expect(consumer.paused).toBe(true);
  });
});
