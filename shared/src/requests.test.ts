import { describe, expect, it } from 'vitest';
import { roomNameSchema, displayNameSchema } from './names.js';
import { requestSchemas } from './requests.js';
import { PROTOCOL_VERSION } from './protocol.js';

describe('room names', () => {
  it.each(['weekly', 'coordination-nationale', 'a', '2026-11-26', 'x1'])('accepts %s', (name) => {
    expect(roomNameSchema.safeParse(name).success).toBe(true);
  });
  it.each(['', 'Weekly', '-start', 'end-', 'with space', 'accentué', 'a/b', 'x'.repeat(65)])('refuses %j', (name) => {
    expect(roomNameSchema.safeParse(name).success).toBe(false);
  });
});

describe('display names', () => {
  it('trims and keeps any script', () => {
    expect(displayNameSchema.parse('  Zoé Ñandú 李 ')).toBe('Zoé Ñandú 李');
  });
  it('refuses empty, overlong and control characters', () => {
    for (const name of ['   ', 'x'.repeat(49), 'tab\there', 'nul\u0000']) {
      expect(displayNameSchema.safeParse(name).success).toBe(false);
    }
  });
});

describe('request schemas', () => {
  it('parse a join', () => {
    const join = requestSchemas['room:join'].parse({ protocolVersion: PROTOCOL_VERSION, room: 'weekly', name: ' Alice ' });
    expect(join).toEqual({ protocolVersion: PROTOCOL_VERSION, room: 'weekly', name: 'Alice' });
  });

  it('refuse a producer whose kind contradicts its source', () => {
    const result = requestSchemas['producer:create'].safeParse({
      transportId: 't',
      kind: 'video',
      source: 'mic',
      rtpParameters: { codecs: [{ mimeType: 'audio/opus', payloadType: 111, clockRate: 48000 }] },
    });
    expect(result.success).toBe(false);
  });

  it('bound the size of what a client may send', () => {
    const codecs = Array.from({ length: 100 }, () => ({ kind: 'audio', mimeType: 'audio/opus', clockRate: 48000 }));
    expect(requestSchemas['media:ready'].safeParse({ rtpCapabilities: { codecs } }).success).toBe(false);
  });

  it('drop unknown keys rather than pass them on', () => {
    const parsed = requestSchemas['transport:create'].parse({ direction: 'send', peerId: 'someone-else' });
    expect(parsed).toEqual({ direction: 'send' });
  });
});
