import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcesses } from '../system/child-processes.js';

export interface ServerUnderTest {
  url: string;
  /** The Node process when we started it; undefined for a server given by --url. */
  process: ChildProcess | undefined;
  logFile: string | undefined;
  /** Stops it; its temporary directory goes too, unless the log is wanted (after a failure). */
  stop(options?: { keepLog: boolean }): Promise<void>;
}

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function waitHealthy(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode} while starting`);
    const ok = await fetch(`${url}/healthz`).then((response) => response.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server did not answer /healthz within ${timeoutMs} ms`);
}

/**
 * The built server (server/dist), started as in production but on loopback only: HTTP on a
 * free port, media on 127.0.0.1 with ports picked by the OS, a throwaway data directory.
 */
export async function startServer(options: {
  workers: number;
  children: ChildProcesses;
  /** Another build's server/dist/main.js (a checkout elsewhere); default: this repository's. */
  entry: string | undefined;
}): Promise<ServerUnderTest> {
  const main = path.resolve(options.entry ?? path.join(repoRoot, 'server', 'dist', 'main.js'));
  if (!fs.existsSync(main)) throw new Error(`no ${main}: build the server first (npx tsc -b server)`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'palabre-load-'));
  const logFile = path.join(dataDir, 'server.log');
  const log = fs.openSync(logFile, 'a');
  const port = await freePort();
  const server = options.children.track(
    spawn(process.execPath, [main], {
      cwd: path.resolve(path.dirname(main), '..', '..'),
      stdio: ['ignore', log, log],
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        RTC_LISTEN_IP: '127.0.0.1',
        RTC_PORT: '0',
        DATA_DIR: path.join(dataDir, 'data'),
        MEDIASOUP_WORKERS: String(options.workers),
        LOG_LEVEL: process.env.LOAD_SERVER_LOG_LEVEL ?? 'warn',
        // Bots that vanish (a killed bot process) leave quickly rather than hold their seat.
        PEER_GRACE_SECONDS: '2',
      },
    }),
    'server',
  );
  fs.closeSync(log);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitHealthy(url, server, 30_000);
  } catch (error) {
    await options.children.stop(server);
    throw new Error(`${(error as Error).message}; see ${logFile}`);
  }
  return {
    url,
    process: server,
    logFile,
    stop: async ({ keepLog } = { keepLog: false }) => {
      await options.children.stop(server, 5_000);
      fs.rmSync(keepLog ? path.join(dataDir, 'data') : dataDir, { recursive: true, force: true });
      if (keepLog) console.log(`  server log kept: ${logFile}`);
    },
  };
}

/** A server someone else runs (--url): measured through /metrics and /proc only. */
export function externalServer(url: string): ServerUnderTest {
  return { url: url.replace(/\/$/, ''), process: undefined, logFile: undefined, stop: async () => undefined };
}
