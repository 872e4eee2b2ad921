import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

const PROC_UDP = '/proc/net/udp';

/** The local UDP ports something is bound to now, from the kernel's table (Linux). */
function boundUdpPorts(): Set<number> | null {
  let table: string;
  try {
    table = fs.readFileSync(PROC_UDP, 'utf8');
  } catch {
    return null;
  }
  const ports = new Set<number>();
  for (const line of table.split('\n').slice(1)) {
    // "  sl  local_address rem_address ...": local_address is HEXIP:HEXPORT.
    const local = line.trim().split(/\s+/)[1];
    const port = local?.split(':')[1];
    if (port) ports.add(Number.parseInt(port, 16));
  }
  return ports;
}

/**
 * Resolves once every port is bound (ffmpeg listening on its SDP's ports), so nothing sent to it
 * is lost before it reads: a VP8 keyframe sent too early would leave it with none to start from.
 * Without /proc (not Linux), waits a second instead.
 */
export async function waitForUdpListeners(ports: readonly number[], timeoutMs: number, everyMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const bound = boundUdpPorts();
    if (bound === null) return sleep(1_000).then(() => undefined);
    if (ports.every((port) => bound.has(port))) return;
    if (Date.now() > deadline) throw new Error(`ffmpeg did not listen on UDP ${ports.join(', ')} within ${timeoutMs} ms`);
    await sleep(everyMs);
  }
}
