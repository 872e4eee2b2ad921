/*
 * Live-stream benchmark: `npx tsx server/src/test-support/live-bench.ts` from the repository root.
 * A real server, one participant sending a live VP8 test card (640x360, 25 fps) and an Opus tone
 * through mediasoup, a real nginx-rtmp. For each encoder mode it prints the compositor's CPU
 * (ffmpeg's /proc/<pid>/stat over 20 s, in % of one core) and, for the default mode, the delay
 * from a cut in the call (the camera turned off) to the same cut seen by a reader of the HLS
 * playlist and of the RTMP stream.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import type { LiveMode, LiveState } from '@palabre/shared';
import { sendRealMedia } from './real-media.js';
import { startRtmpServer } from './rtmp-server.js';
import { joinRoom, ok, startTestServer, type TestClient } from './test-server.js';

const CPU_WINDOW_S = Number(process.env.LIVE_BENCH_SECONDS ?? 20);

function cpuTicks(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime + stime, after the command name
}

function untilLive(socket: TestClient): Promise<void> {
  return new Promise((resolve) => {
    const listener = (state: LiveState) => {
      if (state.status !== 'live') return;
      socket.off('live:changed', listener);
      resolve();
    };
    socket.on('live:changed', listener);
  });
}

/** Wall time (ms) at which a reader of `url` first decodes a flat frame (the background). */
function firstFlatFrameAt(url: string, extraInput: string[] = []): { at: Promise<number>; stop(): void } {
  const reader = spawn('ffmpeg', ['-hide_banner', '-nostats', ...extraInput, '-i', url, '-an', '-vf', 'signalstats,metadata=print:key=lavfi.signalstats.YAVG', '-f', 'null', '-'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const at = new Promise<number>((resolve) => {
    // The test card averages Y ≈ 123, the background ≈ 46 (+ the caption): armed once the card
    // has been decoded for a second, so a reader's first (grey, partial) frames do not count.
    let cardFrames = 0;
    reader.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      for (const match of chunk.matchAll(/YAVG=([\d.]+)/g)) {
        const yavg = Number(match[1]);
        if (yavg > 110 && yavg < 135) cardFrames += 1;
        else if (yavg < 60 && cardFrames >= 25) resolve(Date.now());
      }
    });
  });
  return { at, stop: () => reader.kill('SIGKILL') };
}

async function main(): Promise<void> {
  const server = await startTestServer({ MEDIASOUP_WORKERS: '1' });
  const rtmp = await startRtmpServer();
  const results: string[] = [`${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), load ${os.loadavg()[0]!.toFixed(2)} at start`];
  try {
    for (const mode of ['composite', 'speaker'] as LiveMode[]) {
      const room = `bench-${mode}`;
      const { socket, join } = await joinRoom(server.url, room, 'Alice');
      const media = await sendRealMedia(server, room, join.self.id, { width: 640, height: 360, fps: 25 });
      const live = untilLive(socket);
      const startedAt = Date.now();
      await ok(socket, 'live:start', { mode, rtmpUrl: rtmp.url(mode) });
      await live;
      results.push(`${mode}: first playlist ${Date.now() - startedAt} ms after live:start`);
      const pid = server.live.stream(room)!.ffmpegPid!;
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const before = cpuTicks(pid);
      await new Promise((resolve) => setTimeout(resolve, CPU_WINDOW_S * 1000));
      const percent = ((cpuTicks(pid) - before) / 100 / CPU_WINDOW_S) * 100;
      results.push(`${mode}: compositor ffmpeg ${percent.toFixed(1)}% of one core over ${CPU_WINDOW_S} s`);

      if (mode === 'composite') {
        const hls = firstFlatFrameAt(`${server.url}/live/${room}/index.m3u8`, ['-live_start_index', '-1']);
        const flv = firstFlatFrameAt(rtmp.url(mode));
        await new Promise((resolve) => setTimeout(resolve, 6_000)); // both readers see the test card
        const camera = [...server.rooms.get(room)!.peers.get(join.self.id)!.media.producers.values()].find((p) => p.kind === 'video')!;
        const cutAt = Date.now();
        await camera.pause();
        const timeout = new Promise<number>((resolve) => setTimeout(() => resolve(Number.NaN), 20_000));
        const [hlsAt, rtmpAt] = await Promise.all([Promise.race([hls.at, timeout]), Promise.race([flv.at, timeout])]);
        hls.stop();
        flv.stop();
        results.push(`${mode}: cut in the call → seen by an HLS reader at the live edge ${hlsAt - cutAt} ms, by an RTMP reader ${rtmpAt - cutAt} ms`);
      }
      await ok(socket, 'live:stop', {});
      await media.close();
      socket.disconnect();
    }
  } finally {
    await server.close();
    await rtmp.close();
  }
  console.log(results.join('\n'));
}

await main();
