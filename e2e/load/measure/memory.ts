import fs from 'node:fs';

/** Resident memory of these processes together (VmRSS from /proc), MiB; gone ones count 0. */
export function residentMiB(pids: number[]): number {
  let kib = 0;
  for (const pid of pids) {
    try {
      const match = /^VmRSS:\s+(\d+) kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      kib += Number(match?.[1] ?? 0);
    } catch {
      // the process is gone
    }
  }
  return kib / 1024;
}
