// Shared minutes under a full room: 25 people typing in the same section at a human rate.
// Starts the built server (loopback), seats N signalling-only participants, each with a Y.Doc
// synced through minutes:sync / minutes:update, and measures how long a keystroke takes to
// show in everyone else's document, the server's CPU, and the bytes per edit on the wire and
// in storage. Everything runs on one machine, so one clock times both ends.
// Usage: npm run bench:minutes -- [--participants 25] [--duration 30] [--min-interval 150] [--max-interval 300]
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import * as Y from 'yjs';
import { startServer } from '../../load/server-under-test/start-server.js';
import { ChildProcesses } from '../../load/system/child-processes.js';
import { Typist, type SentAt } from './typist.js';

const { values } = parseArgs({
  options: {
    participants: { type: 'string' },
    duration: { type: 'string' },
    'min-interval': { type: 'string' },
    'max-interval': { type: 'string' },
  },
});
const participants = Number(values.participants ?? 25);
const durationS = Number(values.duration ?? 30);
const minInterval = Number(values['min-interval'] ?? 150);
const maxInterval = Number(values['max-interval'] ?? 300);

const percentile = (samples: number[], q: number) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
};
const round = (value: number, digits = 1) => +value.toFixed(digits);

/** CPU seconds (user + system) the process used so far, from /proc/<pid>/stat. */
function cpuSeconds(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(execSync('getconf CLK_TCK').toString().trim()) || 100;
  return (Number(fields[11]) + Number(fields[12])) / ticks; // utime, stime (fields 14 and 15)
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const words = 'le local reste ouvert le jeudi soir et la clé est chez Zoé ';

const children = new ChildProcesses();
const server = await startServer({ workers: 1, children, entry: undefined });
const typists: Typist[] = [];
try {
  const sentAt: SentAt = new Map();
  for (let i = 0; i < participants; i++) typists.push(await Typist.join(server.url, 'bench-minutes', `P${i}`, sentAt));
  for (const typist of typists) await typist.openParagraph();
  // Everyone has everyone's paragraph before the clock starts.
  await sleep(500);

  const pid = server.process!.pid!;
  const cpuBefore = cpuSeconds(pid);
  const benchCpuBefore = process.cpuUsage();
  const started = performance.now();
  const deadline = started + durationS * 1000;
  for (const typist of typists) typist.startMeasuring();
  await Promise.all(
    typists.map(async (typist, index) => {
      await sleep(Math.random() * maxInterval); // people do not start in step
      for (let i = index; performance.now() < deadline; i++) {
        await typist.keystroke(words[i % words.length]!);
        await sleep(minInterval + Math.random() * (maxInterval - minInterval));
      }
    }),
  );
  await sleep(1_000); // the last keystrokes reach everyone
  for (const typist of typists) typist.stopMeasuring();
  const wallS = (performance.now() - started) / 1000;
  const cpuS = cpuSeconds(pid) - cpuBefore;
  const benchCpu = process.cpuUsage(benchCpuBefore);
  const benchCpuS = (benchCpu.user + benchCpu.system) / 1e6;

  const all = typists.map((typist) => typist.stats);
  const delays = all.flatMap((s) => s.delays);
  const acks = all.flatMap((s) => s.ackMs);
  const keystrokes = all.reduce((sum, s) => sum + s.keystrokes, 0);
  const expectedDeliveries = keystrokes * (participants - 1);
  const updateBytes = all.reduce((sum, s) => sum + s.updateBytes, 0);
  const bytesUp = all.reduce((sum, s) => sum + s.bytesUp, 0);
  const bytesDown = all.reduce((sum, s) => sum + s.bytesDown, 0);
  const converged = typists.every((typist) => Y.encodeStateVector(typist.doc).toString() === Y.encodeStateVector(typists[0]!.doc).toString());
  // Each acknowledged update is stored verbatim until compaction folds it into a snapshot,
  // which is the whole document as Yjs encodes it (what the server writes).
  const snapshotBytes = Y.encodeStateAsUpdate(typists[0]!.doc).byteLength;
  const totalEdits = keystrokes + participants; // keystrokes and the paragraphs opened

  const summary = {
    participants,
    durationS,
    keystrokes,
    keystrokesPerSecond: round(keystrokes / wallS),
    delivered: delays.length,
    deliveredShare: round(delays.length / expectedDeliveries, 4),
    displayDelayMsP50: round(percentile(delays, 0.5)),
    displayDelayMsP95: round(percentile(delays, 0.95)),
    displayDelayMsMax: round(Math.max(...delays)),
    ackMsP50: round(percentile(acks, 0.5)),
    ackMsP95: round(percentile(acks, 0.95)),
    serverCpuPercentOfOneCore: round((cpuS / wallS) * 100),
    // The 25 clients share this one process: when it saturates, delays measure it, not the server.
    benchClientsCpuPercentOfOneCore: round((benchCpuS / wallS) * 100),
    loadAverage1m: round(os.loadavg()[0]!, 2),
    wireBytesUpPerEdit: round(bytesUp / keystrokes),
    wireBytesDownPerEditPerReceiver: round(bytesDown / expectedDeliveries),
    storedBytesPerEditBeforeCompaction: round(updateBytes / keystrokes),
    storedBytesPerEditAfterCompaction: round(snapshotBytes / totalEdits, 2),
    snapshotBytes,
    converged,
  };
  console.log(`Shared minutes: ${participants} people typing in one section for ${durationS} s (${minInterval}-${maxInterval} ms between keys)`);
  console.log(`  keystrokes              ${keystrokes} (${summary.keystrokesPerSecond}/s), delivered to others ${(summary.deliveredShare * 100).toFixed(2)}%`);
  console.log(`  keystroke → display     p50 ${summary.displayDelayMsP50} ms  p95 ${summary.displayDelayMsP95} ms  max ${summary.displayDelayMsMax} ms`);
  console.log(`  ack (stored)            p50 ${summary.ackMsP50} ms  p95 ${summary.ackMsP95} ms`);
  console.log(`  server CPU              ${summary.serverCpuPercentOfOneCore}% of one core (the ${participants} clients: ${summary.benchClientsCpuPercentOfOneCore}%; load average ${summary.loadAverage1m} on ${os.availableParallelism()} cores)`);
  console.log(`  wire bytes per edit     up ${summary.wireBytesUpPerEdit} B, down ${summary.wireBytesDownPerEditPerReceiver} B per receiver`);
  console.log(`  stored bytes per edit   ${summary.storedBytesPerEditBeforeCompaction} B before compaction, ${summary.storedBytesPerEditAfterCompaction} B after (snapshot ${snapshotBytes} B)`);
  console.log(`  converged               ${converged}`);
  console.log(JSON.stringify(summary));
  if (!converged) process.exitCode = 1;
} finally {
  for (const typist of typists) typist.close();
  await server.stop();
  await children.stopAll();
}
