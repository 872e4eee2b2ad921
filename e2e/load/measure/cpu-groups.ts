import { cpuSeconds, descendants, machineCpu } from './proc-cpu.js';

/** The CPU group name of one mediasoup worker. */
export const workerGroup = (worker: { index: number; pid: number }) => `worker ${worker.index} (pid ${worker.pid})`;

/** The processes of one role (the server's Node process, each worker, the bots...) by pid. */
export type CpuGroups = Record<string, number[]>;

export interface CpuSample {
  at: number;
  /** CPU seconds per pid, for every pid of every group. */
  seconds: Map<number, number>;
  groups: CpuGroups;
  machine: { busy: number; total: number; softirq: number };
}

export function sampleCpu(groups: CpuGroups): CpuSample {
  const seconds = new Map<number, number>();
  for (const pid of Object.values(groups).flat()) {
    const value = cpuSeconds(pid);
    if (value !== undefined) seconds.set(pid, value);
  }
  return { at: performance.now(), seconds, groups, machine: machineCpu() };
}

/**
 * CPU used by each group between two samples, in % of one core. A pid that appeared in between
 * (a Chromium helper) counts from zero; one that vanished counts up to the first sample only.
 */
export function cpuPercentByGroup(start: CpuSample, end: CpuSample): Record<string, number> {
  const seconds = (end.at - start.at) / 1000;
  const result: Record<string, number> = {};
  for (const [group, pids] of Object.entries(end.groups)) {
    let used = 0;
    for (const pid of pids) {
      const after = end.seconds.get(pid);
      if (after !== undefined) used += after - (start.seconds.get(pid) ?? 0);
    }
    result[group] = (used / seconds) * 100;
  }
  return result;
}

/** The whole machine's busy time between two samples, in % of one core (200% = both cores). */
export function machinePercent(start: CpuSample, end: CpuSample, part: 'busy' | 'softirq' = 'busy'): number {
  const total = end.machine.total - start.machine.total;
  const used = end.machine[part] - start.machine[part];
  const cores = total / ((end.at - start.at) / 1000);
  return total > 0 ? (used / total) * cores * 100 : Number.NaN;
}

/** Our descendants that belong to no other group: the canaries' Chromium processes. */
export function otherDescendants(known: number[]): number[] {
  const excluded = new Set(known);
  return descendants(process.pid).filter((pid) => !excluded.has(pid));
}

/** How busy the machine is over a short while, in % of one core (before we add our own load). */
export async function machineBusyOver(ms: number): Promise<number> {
  const start = sampleCpu({});
  await new Promise((resolve) => setTimeout(resolve, ms));
  return machinePercent(start, sampleCpu({}));
}
