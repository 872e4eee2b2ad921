import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { test, type APIRequestContext } from '@playwright/test';
import { Participant } from '../support/participant.js';
import { uniqueRoom } from '../support/rooms.js';
import { metricValue, mib, percentile, report, residentBytes, workerPids } from '../support/figures.js';

const figures: Record<string, string | number> = {};
const JOINS = Number(process.env.BENCH_JOINS ?? 20);

async function serverMemory(request: APIRequestContext) {
  const metrics = await (await request.get('/metrics')).text();
  const node = metricValue(metrics, 'palabre_process_resident_memory_bytes');
  const workers = workerPids(metrics).reduce((sum, pid) => sum + residentBytes(pid), 0);
  return { node, workers };
}

test.describe.configure({ mode: 'serial' });

test('server memory when idle', async ({ request }) => {
  const { node, workers } = await serverMemory(request);
  console.log('Server memory (RSS)');
  report(figures, 'idle: Node process', mib(node));
  report(figures, 'idle: mediasoup worker(s)', mib(workers));
});

test(`join → first remote frame, over ${JOINS} joins`, async ({ browser }) => {
  const room = uniqueRoom('bench-join');
  const host = await Participant.open(browser, 'Host');
  await host.join(room);
  const samples: number[] = [];
  for (let i = 0; i < JOINS; i++) {
    const guest = await Participant.open(browser, `Guest ${i + 1}`);
    await guest.page.goto(`/r/${room}`);
    await guest.page.getByRole('textbox', { name: 'Name' }).fill(guest.name);
    // Timestamps in the page's own clock: the trusted click, then the first presented frame.
    await guest.page.evaluate(() => {
      const probe = window as unknown as { __clickAt?: number; __firstFrame: Promise<number> };
      document.addEventListener('click', (event) => (probe.__clickAt ??= event.timeStamp), { capture: true });
      probe.__firstFrame = new Promise((resolve) => {
        const timer = setInterval(() => {
          const video = document.querySelector<HTMLVideoElement>('[role="group"][aria-label="Host"] video');
          if (!video) return;
          clearInterval(timer);
          video.requestVideoFrameCallback((now) => resolve(now));
        }, 2);
      });
    });
    await guest.page.getByRole('button', { name: 'Join' }).click();
    const elapsed = await guest.page.evaluate(async () => {
      const probe = window as unknown as { __clickAt: number; __firstFrame: Promise<number> };
      return (await probe.__firstFrame) - probe.__clickAt;
    });
    samples.push(elapsed);
    await guest.page.getByRole('button', { name: 'Leave' }).click();
    await guest.close();
  }
  await host.close();
  console.log(`Join → first remote frame displayed (${JOINS} joins, ms)`);
  report(figures, 'join to first frame p50 (ms)', Math.round(percentile(samples, 50)));
  report(figures, 'join to first frame p95 (ms)', Math.round(percentile(samples, 95)));
  report(figures, 'join to first frame min / max (ms)', `${Math.round(Math.min(...samples))} / ${Math.round(Math.max(...samples))}`);
});

test('server memory with a 3-person call', async ({ browser, request }) => {
  const room = uniqueRoom('bench-trio');
  const people = await Promise.all(['Ana', 'Ben', 'Cleo'].map((name) => Participant.open(browser, name)));
  for (const person of people) await person.join(room);
  for (const person of people) {
    for (const other of people.filter((candidate) => candidate !== person)) await person.expectVideoPlaying(other.name);
  }
  // Let bitrate estimation settle to a steady state before reading memory.
  await people[0]!.page.waitForTimeout(10_000);
  const { node, workers } = await serverMemory(request);
  report(figures, '3-person call: Node process', mib(node));
  report(figures, '3-person call: mediasoup worker(s)', mib(workers));
  for (const person of people) await person.close();
});

test('client bundle size', () => {
  const assets = path.resolve(import.meta.dirname, '..', '..', 'client', 'dist', 'assets');
  let raw = 0;
  let gzip = 0;
  for (const file of fs.readdirSync(assets).filter((name) => /\.(js|css)$/.test(name))) {
    const content = fs.readFileSync(path.join(assets, file));
    raw += content.length;
    gzip += zlib.gzipSync(content, { level: 9 }).length;
  }
  console.log('Client bundle (JS + CSS)');
  report(figures, 'bundle raw (KiB)', (raw / 1024).toFixed(1));
  report(figures, 'bundle gzip -9 (KiB)', (gzip / 1024).toFixed(1));
});

test.afterAll(() => {
  console.log(`BENCH_RESULTS ${JSON.stringify(figures)}`);
});
