import { describe, expect, it } from 'vitest';
import { joinRoom, ok, request, useTestServer } from '../test-support/test-server.js';

const context = useTestServer();

describe("a room's live-stream settings", () => {
  it('are saved by a facilitator, used by the next stream, and never give the ingest URL back', async () => {
    const alice = await joinRoom(context.server.url, 'reglages', 'Alice');
    const bob = await joinRoom(context.server.url, 'reglages', 'Bob');
    context.sockets.push(alice.socket, bob.socket);

    expect(await ok(alice.socket, 'live:settings', {})).toEqual({ mode: 'composite', rtmp: 'none' });
    const saved = await ok(alice.socket, 'live:configure', { mode: 'speaker', rtmpUrl: 'rtmp://127.0.0.1:1/live/secret-key' });
    expect(saved).toEqual({ mode: 'speaker', rtmp: 'room' });
    expect(JSON.stringify(saved)).not.toContain('secret-key');

    // Bad input changes nothing; a participant can neither read nor change them.
    for (const payload of [{ mode: 'bogus' }, { mode: 'composite', rtmpUrl: 'http://example.org/live' }]) {
      const refused = await request(alice.socket, 'live:configure', payload as never);
      expect(refused.ok ? null : refused.error.code).toBe('INVALID_PAYLOAD');
    }
    const readByParticipant = await request(bob.socket, 'live:settings', {});
    expect(readByParticipant.ok ? null : readByParticipant.error.code).toBe('FORBIDDEN');
    const changedByParticipant = await request(bob.socket, 'live:configure', { mode: 'composite', rtmpUrl: null });
    expect(changedByParticipant.ok ? null : changedByParticipant.error.code).toBe('FORBIDDEN');
    expect(await ok(alice.socket, 'live:settings', {})).toEqual({ mode: 'speaker', rtmp: 'room' });

    // "Go live" without options streams as the room is set up.
    const { state } = await ok(alice.socket, 'live:start', {});
    expect(state).toMatchObject({ mode: 'speaker', rtmp: true });
    await ok(alice.socket, 'live:stop', {});

    // Changing only the mode keeps the ingest; null removes it.
    expect(await ok(alice.socket, 'live:configure', { mode: 'composite' })).toEqual({ mode: 'composite', rtmp: 'room' });
    expect(await ok(alice.socket, 'live:configure', { mode: 'composite', rtmpUrl: null })).toEqual({ mode: 'composite', rtmp: 'none' });
  }, 30_000);
});
