#!/usr/bin/env node
// Measures `npm start` on a fresh clone: from nothing to /healthz answering. With --cold the
// worker cache is a new empty directory, so the mediasoup worker is built from source too.
// Usage: node scripts/bench/start-time.mjs [--cold]
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const cold = process.argv.includes('--cold');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'palabre-start-'));
const clone = path.join(scratch, 'palabre');
execFileSync('git', ['clone', '--quiet', root, clone]);

const port = 3000 + Math.floor(Math.random() * 1000) + 1000;
const env = {
  ...process.env,
  PORT: String(port),
  HOST: '127.0.0.1',
  RTC_PORT: '0',
  LOG_LEVEL: 'warn',
  ...(cold ? { PALABRE_CACHE_DIR: path.join(scratch, 'cache') } : {}),
};

const started = performance.now();
const child = spawn('npm', ['start'], { cwd: clone, env, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
const deadline = Date.now() + 30 * 60_000;
let seconds;
while (Date.now() < deadline) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/healthz`);
    if (response.ok) {
      seconds = (performance.now() - started) / 1000;
      break;
    }
  } catch {
    // not listening yet
  }
  if (child.exitCode !== null) break;
  await new Promise((resolve) => setTimeout(resolve, 250));
}
process.kill(-child.pid, 'SIGTERM');
fs.rmSync(scratch, { recursive: true, force: true });
if (seconds === undefined) {
  console.error('npm start did not answer /healthz');
  process.exit(1);
}
console.log(`npm start on a fresh clone, ${cold ? 'no cached worker (built from source)' : 'cached worker'}: ${seconds.toFixed(1)} s`);
