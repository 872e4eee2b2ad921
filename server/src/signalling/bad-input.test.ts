import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, requestSchemas, type RequestName } from '@palabre/shared';
import { connectClient, joinRoom, ok, produce, request, startTestServer, type TestClient } from '../test-support/test-server.js';

const requestNames = Object.keys(requestSchemas) as RequestName[];

/** Payloads a broken or hostile client might send. */
const hostilePayloads: unknown[] = [
  undefined,
  null,
  0,
  -1,
  'room:join',
  true,
  [],
  [1, 2, 3],
  {},
  { room: '../../etc/passwd', name: 'x', protocolVersion: PROTOCOL_VERSION },
  { room: 'UPPER', name: 'x', protocolVersion: PROTOCOL_VERSION },
  { room: 'ok', name: '', protocolVersion: PROTOCOL_VERSION },
  { room: 'ok', name: 'a\u0000b', protocolVersion: PROTOCOL_VERSION },
  { room: 'ok', name: 'x'.repeat(10_000), protocolVersion: PROTOCOL_VERSION },
  { transportId: { $ne: null } },
  { direction: 'sideways' },
  { producerId: 42 },
  { rtpCapabilities: { codecs: 'all' } },
  { rtpCapabilities: { codecs: Array.from({ length: 500 }, () => ({})) } },
  { __proto__: { polluted: true } },
  { constructor: { prototype: { polluted: true } } },
  { dtlsParameters: { fingerprints: [] }, transportId: 'x' },
];

describe('bad input from the network', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let member: TestClient;
  let stranger: TestClient;
  let memberId: string;

  beforeAll(async () => {
    server = await startTestServer();
    const joined = await joinRoom(server.url, 'steady', 'Member');
    member = joined.socket;
    memberId = joined.join.self.id;
    await produce(member, 'audio');
    stranger = await connectClient(server.url);
  });
  afterAll(async () => {
    member.disconnect();
    stranger.disconnect();
    await server.close();
  });

  it('answers every malformed request with INVALID_PAYLOAD and changes nothing', async () => {
    const before = snapshot();
    // Only payloads the schema refuses as they arrive (JSON drops prototypes): `{}` is a valid
    // `hand:lower`, for instance.
    const onTheWire = (payload: unknown) => (payload === undefined ? undefined : JSON.parse(JSON.stringify(payload)));
    for (const name of requestNames) {
      for (const payload of hostilePayloads.filter((payload) => !requestSchemas[name].safeParse(onTheWire(payload)).success)) {
        const answer = await request(member, name, payload as never);
        expect(answer, `${name} ${JSON.stringify(payload)}`).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
      }
    }
    for (const payload of [null, 1, 'x', [], { extra: true }]) {
      expect(await request(member, 'room:leave', payload as never)).toMatchObject({ ok: false });
    }
    expect(snapshot()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names the problem in the error', async () => {
    const answer = await request(stranger, 'room:join', { protocolVersion: PROTOCOL_VERSION, room: 'Bad Room', name: 'x' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    if (!answer.ok) expect(answer.error.message).toMatch(/room/);
    expect(server.rooms.get('bad-room')).toBeUndefined();
  });

  it('refuses a client of another protocol version', async () => {
    const answer = await request(stranger, 'room:join', { protocolVersion: PROTOCOL_VERSION + 1, room: 'steady', name: 'Old tab' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'PROTOCOL_MISMATCH' } });
    expect(server.rooms.get('steady')?.peers.size).toBe(1);
  });

  it('refuses media requests from a socket that has not joined', async () => {
    for (const name of requestNames.filter((name) => name !== 'room:join')) {
      const valid: Record<Exclude<RequestName, 'room:join'>, unknown> = {
        'room:leave': {},
        'media:ready': { rtpCapabilities: {} },
        'transport:create': { direction: 'send' },
        'transport:connect': { transportId: 'x', dtlsParameters: { fingerprints: [{ algorithm: 'sha-256', value: 'AA' }] } },
        'transport:restartIce': { transportId: 'x' },
        'producer:create': { transportId: 'x', kind: 'audio', source: 'mic', rtpParameters: { codecs: [{ mimeType: 'audio/opus', payloadType: 111, clockRate: 48000 }] } },
        'producer:pause': { producerId: 'x' },
        'producer:resume': { producerId: 'x' },
        'producer:close': { producerId: 'x' },
        'consumer:resume': { consumerId: 'x' },
        'view:update': { tiles: [] },
        'agenda:add': { title: 'x' },
        'agenda:update': { itemId: 'x', title: 'y' },
        'agenda:move': { itemId: 'x', toIndex: 0 },
        'agenda:remove': { itemId: 'x' },
        'agenda:setCurrent': { itemId: null },
        'agenda:next': {},
        'hand:raise': {},
        'hand:lower': {},
        'hands:lower': {},
        'floor:give': {},
        'floor:end': {},
        'meeting:configure': { fairMode: true },
        'peer:mute': { peerId: 'x' },
        'role:grant': { peerId: 'x' },
        'chat:send': { text: 'hello' },
        'reaction:send': { reaction: '👍' },
        'meeting:end': {},
        'minutes:sync': { stateVector: new Uint8Array([0]) },
        'minutes:update': { update: new Uint8Array([0, 0]) },
        'minutes:awareness': { update: new Uint8Array([0]) },
        'live:start': { mode: 'composite' },
        'live:stop': {},
        'live:settings': {},
        'live:pin': { peerId: null },
        'live:configure': { mode: 'speaker' },
        'link:request': { room: 'atelier' },
        'link:answer': { inviteId: 'x', accept: true },
        'link:end': { room: 'atelier' },
      };
      expect(await request(stranger, name, valid[name] as never), name).toMatchObject({ ok: false, error: { code: 'NOT_JOINED' } });
    }
  });

  it('survives requests without ack, unknown events and floods, and keeps serving', async () => {
    const raw = stranger as unknown as { emit: (...args: unknown[]) => void };
    raw.emit('room:join', { protocolVersion: PROTOCOL_VERSION, room: 'noack', name: 'x' });
    raw.emit('no:such:event', { a: 1 }, () => undefined);
    raw.emit('room:join');
    for (let i = 0; i < 200; i++) raw.emit('producer:pause', { producerId: String(i) }, () => undefined);
    expect(server.rooms.get('noack')).toBeUndefined();
    const fresh = await joinRoom(server.url, 'steady', 'Late');
    expect(fresh.join.peers.map((peer) => peer.id)).toEqual([memberId]);
    fresh.socket.disconnect();
  });

  it('rejects semantically wrong RTP parameters with a clear error', async () => {
    const transport = await ok(member, 'transport:create', { direction: 'send' });
    const answer = await request(member, 'producer:create', {
      transportId: transport.id,
      kind: 'video',
      source: 'camera',
      rtpParameters: { codecs: [{ mimeType: 'video/NOPE', payloadType: 100, clockRate: 90000 }], encodings: [{ ssrc: 5 }] },
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
  });

  function snapshot() {
    return [...server.rooms.rooms.values()].map((room) => ({
      name: room.name,
      peers: [...room.peers.values()].map((peer) => ({
        ...peer.info(),
        producers: [...peer.media.producers.keys()].sort(),
        transports: peer.media.transports.size,
      })),
    }));
  }
});
