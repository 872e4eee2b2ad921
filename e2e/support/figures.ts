import fs from 'node:fs';

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** Current resident memory of a process on this machine, from /proc (bytes). */
export function residentBytes(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1]);
  return kib * 1024;
}

export function metricValue(metrics: string, name: string): number {
  return Number(new RegExp(`^${name} ([\\d.e+-]+)$`, 'm').exec(metrics)?.[1]);
}

export function workerPids(metrics: string): number[] {
  return [...metrics.matchAll(/^palabre_worker_cpu_seconds\{worker="\d+",pid="(\d+)"\}/gm)].map((m) => Number(m[1]));
}

export const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** Prints one benchmark figure as an aligned line, and keeps it for the JSON summary. */
export function report(figures: Record<string, string | number>, name: string, value: string | number): void {
  figures[name] = value;
  console.log(`  ${name.padEnd(48)} ${value}`);
}
