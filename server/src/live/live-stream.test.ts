import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveState } from '@palabre/shared';
import { joinRoom, ok, request, startTestServer, type TestClient } from '../test-support/test-server.js';
import { sendRealMedia, type RealMedia } from '../test-support/real-media.js';
import { probeStream, startRtmpServer, timestampSpan, type RtmpServer } from '../test-support/rtmp-server.js';

/*
 * The whole pipeline with real systems: mediasoup consumers on a PlainTransport, the relay,
 * Debian's ffmpeg composing and encoding, HLS served by Palabre, RTMP pushed to a real nginx.
 */

let server: Awaited<ReturnType<typeof startTestServer>>;
let rtmp: RtmpServer;

beforeAll(async () => {
  [server, rtmp] = await Promise.all([startTestServer(), startRtmpServer()]);
}, 60_000);

afterAll(async () => {
  await server?.close();
  await rtmp?.close();
});

function waitForLive(socket: TestClient, status: LiveState['status'], timeoutMs = 25_000): Promise<LiveState> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`live never became ${status}`)), timeoutMs);
    const listener = (state: LiveState) => {
      if (state.status !== status) return;
      clearTimeout(timer);
      socket.off('live:changed', listener);
      resolve(state);
    };
    socket.on('live:changed', listener);
  });
}

const running = (pid: number | undefined) => {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function facilitatedCallWithMedia(room: string): Promise<{ socket: TestClient; media: RealMedia }> {
  const { socket, join } = await joinRoom(server.url, room, 'Alice');
  expect(join.role).toBe('facilitator');
  expect(join.live?.status).toBe('off');
  return { socket, media: await sendRealMedia(server, room, join.self.id) };
}

describe('live streaming a call', () => {
  it('composes the call into HLS served here and RTMP pushed out, then stops without leftovers', async () => {
    const room = 'live-full';
    const { socket, media } = await facilitatedCallWithMedia(room);
    const onAir = waitForLive(socket, 'live');
    const { state } = await ok(socket, 'live:start', { mode: 'composite', rtmpUrl: rtmp.url('palabre') });
    expect(state).toMatchObject({ status: 'starting', mode: 'composite', rtmp: true });
    // The stream key is a secret: it never goes back to a client.
    expect(JSON.stringify(state)).not.toContain('rtmp://');
    await onAir;

    const availability = await (await fetch(`${server.url}/api/rooms/${room}/live`)).json();
    expect(availability).toEqual({ live: true, playlistReady: true });
    const playlist = await fetch(`${server.url}/live/${room}/index.m3u8`);
    expect(playlist.status).toBe(200);
    expect(playlist.headers.get('content-type')).toContain('application/vnd.apple.mpegurl');
    const segment = (await playlist.text()).split('\n').find((line) => line.endsWith('.ts'));
    expect(segment).toMatch(/^seg-\d+\.ts$/);
    const segmentResponse = await fetch(`${server.url}/live/${room}/${segment}`);
    expect(segmentResponse.headers.get('content-type')).toBe('video/mp2t');
    expect((await segmentResponse.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    expect((await fetch(`${server.url}/live/${room}/..%2Fcaption.txt`)).status).toBe(404);

    const probe = await probeStream(rtmp.url('palabre'), 3);
    expect(probe.streams).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ codec_type: 'video', codec_name: 'h264', width: 854, height: 480 }),
        expect.objectContaining({ codec_type: 'audio', codec_name: 'aac' }),
      ]),
    );
    expect(timestampSpan(probe, 'video')).toBeGreaterThan(1);
    expect(timestampSpan(probe, 'audio')).toBeGreaterThan(1);

    // A newcomer learns at once that the room is streamed; they cannot stop it.
    const bob = await joinRoom(server.url, room, 'Bob');
    expect(bob.join.live?.status).toBe('live');
    const refused = await request(bob.socket, 'live:stop', {});
    expect(refused.ok ? null : refused.error.code).toBe('FORBIDDEN');

    const stream = server.live.stream(room);
    const pid = stream?.ffmpegPid;
    const hlsDir = stream?.hlsDir;
    expect(running(pid)).toBe(true);
    const off = waitForLive(bob.socket, 'off');
    await ok(socket, 'live:stop', {});
    expect(await off).toMatchObject({ status: 'off', stopReason: 'stopped' });
    expect(running(pid)).toBe(false);
    expect(fs.existsSync(hlsDir!)).toBe(false);
    expect((await fetch(`${server.url}/live/${room}/index.m3u8`)).status).toBe(404);
    expect(await (await fetch(`${server.url}/api/rooms/${room}/live`)).json()).toEqual({ live: false, playlistReady: false });

    await media.close();
    bob.socket.disconnect();
    socket.disconnect();
  }, 90_000);

  it('reports a failure when ffmpeg dies, and stops when the meeting ends', async () => {
    const room = 'live-lifecycle';
    const { socket, media } = await facilitatedCallWithMedia(room);
    let onAir = waitForLive(socket, 'live');
    await ok(socket, 'live:start', { mode: 'speaker', rtmpUrl: null });
    await onAir;
    const off = waitForLive(socket, 'off');
    process.kill(server.live.stream(room)!.ffmpegPid!, 'SIGKILL');
    expect(await off).toMatchObject({ stopReason: 'failed' });

    onAir = waitForLive(socket, 'live');
    await ok(socket, 'live:start', { mode: 'speaker' });
    await onAir;
    const pid = server.live.stream(room)?.ffmpegPid;
    await ok(socket, 'meeting:end', {});
    await expect.poll(() => running(pid), { timeout: 10_000 }).toBe(false);
    expect(server.live.stream(room)).toBeUndefined();

    await media.close();
    socket.disconnect();
  }, 90_000);
});
