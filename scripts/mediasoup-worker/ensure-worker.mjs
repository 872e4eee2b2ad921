#!/usr/bin/env node
// Guarantees a working mediasoup-worker binary for the mediasoup version the
// repo uses, and prints its path. Order: cached binary → mediasoup's prebuilt
// download → offline build from Debian packages. Node builtins only: it runs
// before `npm install` (whose mediasoup postinstall needs the result).
//
//   node scripts/mediasoup-worker/ensure-worker.mjs [--print-path] [--force]
//
//   --print-path  stdout carries only the path (for $(...)); quiet when cached
//   --force       ignore the cached binary and fetch/build it again
//
// Env: PALABRE_CACHE_DIR (cache base), PALABRE_WORKER_BUILD=offline (skip the
// download). See README.md.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildWorkerOffline } from './lib/offline-build.mjs';
import { downloadPrebuiltWorker } from './lib/prebuilt-download.mjs';
import { log } from './lib/shell.mjs';
import { checkWorkerBinary, mediasoupVersion, REPO_ROOT, workerCachePath } from './lib/worker-cache.mjs';

export { workerCachePath, mediasoupVersion, checkWorkerBinary };

const BUILD_MODES = ['', 'offline'];

/** Resolves to the path of a usable worker binary, fetching or building it if needed. */
export async function ensureWorker({ force = false, quiet = false, env = process.env } = {}) {
  const mode = env.PALABRE_WORKER_BUILD ?? '';
  if (!BUILD_MODES.includes(mode)) {
    throw new Error(`PALABRE_WORKER_BUILD must be unset or "offline", got "${mode}"`);
  }

  const version = mediasoupVersion(REPO_ROOT);
  const binPath = workerCachePath({ version, env });

  if (!force) {
    const cached = checkWorkerBinary(binPath);
    if (cached.ok) {
      if (!quiet) log(`mediasoup ${version}: cached worker is usable`);
      return binPath;
    }
    if (cached.reason !== 'missing') log(`cached worker unusable (${cached.reason}), replacing it`);
  }

  log(`mediasoup ${version}: obtaining mediasoup-worker for ${binPath}`);
  fs.mkdirSync(path.dirname(binPath), { recursive: true });

  if (mode === 'offline') {
    log('PALABRE_WORKER_BUILD=offline: skipping the prebuilt download');
  } else if (await downloadPrebuiltWorker({ version, destPath: binPath })) {
    return binPath;
  }

  log('building the worker offline from Debian packages');
  buildWorkerOffline({ version, repoRoot: REPO_ROOT, destPath: binPath });
  return binPath;
}

async function main(argv) {
  const known = new Set(['--print-path', '--force', '--help']);
  const unknown = argv.filter((arg) => !known.has(arg));
  if (argv.includes('--help') || unknown.length > 0) {
    if (unknown.length > 0) log(`unknown argument(s): ${unknown.join(' ')}`);
    process.stderr.write('usage: node scripts/mediasoup-worker/ensure-worker.mjs [--print-path] [--force]\n');
    return unknown.length > 0 ? 2 : 0;
  }

  const printPathOnly = argv.includes('--print-path');
  try {
    const binPath = await ensureWorker({ force: argv.includes('--force'), quiet: printPathOnly });
    process.stdout.write(printPathOnly ? `${binPath}\n` : `mediasoup-worker ready: ${binPath}\n`);
    return 0;
  } catch (error) {
    log(`FAILED: ${error.message}`);
    return 1;
  }
}

function isMainModule() {
  try {
    return import.meta.url === pathToFileURL(fs.realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}

if (isMainModule()) process.exitCode = await main(process.argv.slice(2));
