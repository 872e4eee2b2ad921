import type { Canary } from '../canary/canary.js';
import type { PageSample } from '../canary/page-probes.js';
import type { BotProcesses, ShardSnapshot } from '../shard/bot-processes.js';
import { readServerMetrics, type ServerMetrics } from '../server-under-test/server-metrics.js';
import { sampleCpu, type CpuGroups, type CpuSample } from './cpu-groups.js';

export interface WindowData {
  cpu: { start: CpuSample; end: CpuSample };
  metrics: { start: ServerMetrics; end: ServerMetrics };
  shards: { start: ShardSnapshot[]; end: ShardSnapshot[] };
  /** Per canary: a sample at the start, one a second, one at the end. */
  canaries: PageSample[][];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Everything read at both ends of the steady window: process CPU times, the server's metrics,
 * the bots' per-stream counters; the canaries are sampled every second in between (to see
 * stalls), each sample taking a few ms of the page's time.
 */
export async function measureSteadyWindow(options: {
  seconds: number;
  url: string;
  bots: BotProcesses;
  canaries: Canary[];
  /** Called at both ends: Chromium helpers come and go, so its pids are listed each time. */
  cpuGroups: () => CpuGroups;
}): Promise<WindowData> {
  const { bots, canaries } = options;
  const sampleCanaries = () => Promise.all(canaries.map((canary) => canary.sample()));
  const edge = async () => {
    const [shards, metrics] = await Promise.all([bots.snapshot(), readServerMetrics(options.url)]);
    const cpu = sampleCpu(options.cpuGroups());
    await sampleCanaries();
    return { shards, metrics, cpu };
  };

  const first = canaries.map((canary) => canary.samples.length);
  const start = await edge();
  const deadline = performance.now() + options.seconds * 1000;
  while (performance.now() + 1000 < deadline) {
    await sleep(1000);
    await sampleCanaries();
  }
  await sleep(Math.max(0, deadline - performance.now()));
  const end = await edge();
  return {
    cpu: { start: start.cpu, end: end.cpu },
    metrics: { start: start.metrics, end: end.metrics },
    shards: { start: start.shards, end: end.shards },
    canaries: canaries.map((canary, index) => canary.samples.slice(first[index])),
  };
}
