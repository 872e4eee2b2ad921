/*
 * Workshop-link benchmark: `npx tsx server/src/test-support/link-bench.ts` from the repository
 * root (also `npm run bench:link`). A real server (one mediasoup worker, in this process), two
 * rooms each with one participant sending a live VP8 test card (640x360, 25 fps) and an Opus
 * tone. It prints what one link (both directions) costs: the Node process's and the worker's
 * CPU over 20 s without then with the link, and the delay the link adds to each packet, measured
 * by matching payloads seen before the link (a probe on the camera) and after it (a probe on
 * the tile's producer in the other room).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import type { types } from 'mediasoup';
import { payloadOffset } from '../capture/rtp-packet.js';
import { sendRealMedia } from './real-media.js';
import { joinRoom, nextEvent, ok, startTestServer } from './test-server.js';

const WINDOW_S = Number(process.env.LINK_BENCH_SECONDS ?? 20);
const CLOCK_TICKS = 100;

function cpuSecondsOf(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/** % of one core used by this process and by the worker over the window. */
async function cpuOver(seconds: number, workerPid: number): Promise<{ node: number; worker: number }> {
  const node = process.cpuUsage();
  const worker = cpuSecondsOf(workerPid);
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  const used = process.cpuUsage(node);
  return {
    node: ((used.user + used.system) / 1e6 / seconds) * 100,
    worker: ((cpuSecondsOf(workerPid) - worker) / seconds) * 100,
  };
}

const payloadKey = (packet: Buffer) => createHash('sha1').update(packet.subarray(payloadOffset(packet))).digest('base64');

/** Arrival times of packets (by payload) on a DirectTransport consumer of `producerId`. */
async function probe(router: types.Router, producerId: string, seen: (key: string, at: number) => void): Promise<() => void> {
  const transport = await router.createDirectTransport();
  const consumer = await transport.consume({ producerId, rtpCapabilities: router.rtpCapabilities, paused: false });
  consumer.on('rtp', (packet) => seen(payloadKey(packet), performance.now()));
  return () => transport.close();
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))] ?? Number.NaN;

async function main(): Promise<void> {
  const server = await startTestServer({ MEDIASOUP_WORKERS: '1' });
  const workerPid = server.pool.workers[0]!.worker.pid;
  const lines = [`${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), load ${os.loadavg()[0]!.toFixed(2)} at start`];
  try {
    const alice = await joinRoom(server.url, 'bench-atelier-a', 'Alice');
    const bob = await joinRoom(server.url, 'bench-atelier-b', 'Bob');
    const media = [
      await sendRealMedia(server, 'bench-atelier-a', alice.join.self.id, { width: 640, height: 360, fps: 25 }),
      await sendRealMedia(server, 'bench-atelier-b', bob.join.self.id, { width: 640, height: 360, fps: 25 }),
    ];
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const without = await cpuOver(WINDOW_S, workerPid);
    lines.push(`two rooms, one sender each, no link: Node ${without.node.toFixed(1)} %, worker ${without.worker.toFixed(1)} % of one core over ${WINDOW_S} s`);

    const invited = nextEvent(bob.socket, 'link:invited');
    const { inviteId } = await ok(alice.socket, 'link:request', { room: 'bench-atelier-b' });
    await invited;
    await ok(bob.socket, 'link:answer', { inviteId, accept: true });
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const linked = await cpuOver(WINDOW_S, workerPid);
    lines.push(`the same, linked (both ways): Node ${linked.node.toFixed(1)} %, worker ${linked.worker.toFixed(1)} % of one core`);
    lines.push(`one link costs: Node +${(linked.node - without.node).toFixed(1)} %, worker +${(linked.worker - without.worker).toFixed(1)} % of one core`);

    // The delay the link adds: Alice's camera packets, seen before and after the link.
    const roomA = server.rooms.get('bench-atelier-a')!;
    const roomB = server.rooms.get('bench-atelier-b')!;
    const camera = [...roomA.peers.get(alice.join.self.id)!.media.producers.values()].find((producer) => producer.kind === 'video')!;
    const tile = [...roomB.peers.values()].find((peer) => peer.linkedRoom === 'bench-atelier-a')!;
    const tileVideo = [...tile.media.producers.values()].find((producer) => producer.kind === 'video')!;
    const sentAt = new Map<string, number>();
    const delays: number[] = [];
    const stops = [
      await probe((await roomA.routers.primary()).router, camera.id, (key, at) => sentAt.set(key, at)),
      await probe((await roomB.routers.primary()).router, tileVideo.id, (key, at) => {
        const sent = sentAt.get(key);
        if (sent !== undefined) delays.push(at - sent);
      }),
    ];
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    for (const stop of stops) stop();
    lines.push(
      `delay the link adds to a video packet (payload-matched, ${delays.length} packets): p50 ${percentile(delays, 0.5).toFixed(2)} ms, p95 ${percentile(delays, 0.95).toFixed(2)} ms, max ${Math.max(...delays).toFixed(2)} ms`,
    );
    for (const sender of media) await sender.close();
    alice.socket.disconnect();
    bob.socket.disconnect();
  } finally {
    await server.close();
  }
  console.log(lines.join('\n'));
}

await main();
