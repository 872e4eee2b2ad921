import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach } from 'vitest';
import { waitFor, type TestClient } from './test-server.js';

const main = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'main.js');

/**
 * The built server (`npx tsc -b server` first) as its own process, so a test can kill -9 it
 * like a crash would and start it again on the same data directory.
 */
export async function startServerProcess(dataDir: string, port: number, env: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, RTC_PORT: '0', MEDIASOUP_WORKERS: '1', LOG_LEVEL: 'warn', ...env },
    stdio: 'ignore',
  });
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const healthy = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
    if (healthy) return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error('server did not start');
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * A test's built server that it can kill -9 and start again on the same data directory, on the
 * same port (clients reconnect to the same URL). Sockets pushed to `sockets` are closed with the
 * process; everything is cleaned up after each test.
 */
export function useKillableServer(prefix: string) {
  const sockets: TestClient[] = [];
  let child: ChildProcess | undefined;
  let dataDir = '';
  let port = 0;

  beforeEach(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `palabre-${prefix}-`));
    port = await freePort();
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.disconnect();
    child?.kill('SIGKILL');
    child = undefined;
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  return {
    sockets,
    get url() {
      return `http://127.0.0.1:${port}`;
    },
    async start(env: Record<string, string> = {}): Promise<void> {
      child = await startServerProcess(dataDir, port, env);
    },
    /** kill -9, like a crash; the clients of the dead process are closed with it. */
    async crash(): Promise<void> {
      const dying = child!;
      dying.kill('SIGKILL');
      await waitFor(() => dying.exitCode !== null || dying.signalCode !== null);
      for (const socket of sockets.splice(0)) socket.disconnect();
    },
  };
}
