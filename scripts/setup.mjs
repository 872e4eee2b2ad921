#!/usr/bin/env node
// Brings a fresh clone (or a stale one) to a runnable state, doing only what is missing:
// npm dependencies, the mediasoup worker binary, the server and client builds, and the Debian
// tools a mode needs (--browser: Chromium for the end-to-end tests; --bench: Chromium and
// ffmpeg; --wiki: MediaWiki and PHP for the publishing tests). Node builtins only: it runs
// before node_modules exists.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// --browser: the end-to-end tests' Chromium; --bench: Chromium and ffmpeg for the benchmarks.
const wantsBrowser = process.argv.includes('--browser');
const wantsBench = process.argv.includes('--bench');
// --wiki: Debian's MediaWiki and PHP, for the tests that publish to a real wiki.
const wantsWiki = process.argv.includes('--wiki');
// --no-optional: skip the Debian tools of optional features (an image installs them itself).
const wantsOptional = !process.argv.includes('--no-optional');

function step(title, fn) {
  const started = Date.now();
  process.stderr.write(`[setup] ${title}…\n`);
  const result = fn();
  process.stderr.write(`[setup] ${title}: done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return result;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed with ${result.status ?? result.signal}`);
  }
}

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function newestIn(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, mtime(path.join(entry.parentPath, entry.name)));
  }
  return newest;
}

function dependenciesAreCurrent() {
  const installed = path.join(root, 'node_modules', '.package-lock.json');
  return mtime(installed) >= mtime(path.join(root, 'package-lock.json'));
}

function installDependencies() {
  // mediasoup's own postinstall would download a worker or build it with PyPI tools; our
  // worker step below does that job, so skip it here (npm 11 also honours allowScripts).
  const env = { ...process.env, MEDIASOUP_WORKER_BIN: process.env.MEDIASOUP_WORKER_BIN ?? 'set-by-palabre-setup' };
  const lockfile = fs.existsSync(path.join(root, 'package-lock.json'));
  run('npm', [lockfile ? 'ci' : 'install', '--no-audit', '--no-fund'], { env });
}

function ensureWorker() {
  const output = execFileSync(process.execPath, ['scripts/mediasoup-worker/ensure-worker.mjs', '--print-path'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  const workerBin = output.trim().split('\n').at(-1);
  // mediasoup looks here by default, so neither `npm start` nor the tests need an env var.
  const target = path.join(root, 'node_modules', 'mediasoup', 'worker', 'out', 'Release', 'mediasoup-worker');
  fs.mkdirSync(path.dirname(target), { recursive: true });
  if (fs.existsSync(target) || fs.lstatSync(target, { throwIfNoEntry: false })) fs.rmSync(target);
  fs.symlinkSync(workerBin, target);
  return workerBin;
}

function buildServer() {
  run(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-b', 'server']);
}

function buildClient() {
  const built = mtime(path.join(root, 'client', 'dist', 'index.html'));
  const sources = Math.max(
    newestIn(path.join(root, 'client', 'src')),
    newestIn(path.join(root, 'shared', 'src')),
    mtime(path.join(root, 'client', 'index.html')),
    mtime(path.join(root, 'client', 'vite.config.ts')),
  );
  if (built > sources) return 'up to date';
  run('npm', ['run', 'build', '-w', 'client']);
  return 'built';
}

/** Debian packages a mode needs, by the binary that shows they are there. */
const TOOLS = {
  chromium: '/usr/bin/chromium', // end-to-end tests and benchmark canaries
  ffmpeg: '/usr/bin/ffmpeg', // live streaming's encoder; the load benchmark's looped media
  'nginx-light': '/usr/sbin/nginx', // the RTMP server the live-streaming tests push to
  'libnginx-mod-rtmp': '/usr/lib/nginx/modules/ngx_rtmp_module.so',
};

function ensureDebianPackages(packages) {
  const missing = packages.filter((name) => !fs.existsSync(TOOLS[name]));
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`Missing Debian packages: run \`sudo apt-get install -y ${missing.join(' ')}\`.`);
  }
  const install = () => spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { stdio: 'inherit' });
  if (install().status !== 0) {
    run('apt-get', ['update']);
    if (install().status !== 0) throw new Error(`apt-get could not install ${missing.join(' ')}`);
  }
}

function ensureOptionalPackages(packages, feature) {
  try {
    ensureDebianPackages(packages);
  } catch (error) {
    process.stderr.write(`[setup] warning: ${feature} unavailable: ${error.message}\n`);
  }
}

try {
  if (!dependenciesAreCurrent()) step('installing npm dependencies', installDependencies);
  const workerBin = step('checking the mediasoup worker', ensureWorker);
  process.stderr.write(`[setup] mediasoup worker: ${workerBin}\n`);
  step('building shared and server', buildServer);
  step('building the client', buildClient);
  if (wantsBrowser) step('checking Chromium for end-to-end tests', () => ensureDebianPackages(['chromium']));
  // Live streaming encodes with ffmpeg: without it (and without root to install it) the rest
  // of Palabre still runs, and "Go live" says why it cannot start.
  if (wantsOptional) step('checking ffmpeg for live streaming', () => ensureOptionalPackages(['ffmpeg'], 'live streaming'));
  if (wantsBrowser) step('checking nginx-rtmp for the live-streaming tests', () => ensureDebianPackages(['nginx-light', 'libnginx-mod-rtmp']));
  if (wantsBench) step('checking Chromium and ffmpeg for benchmarks', () => ensureDebianPackages(['chromium', 'ffmpeg']));
  if (wantsWiki) step('checking MediaWiki for publishing tests', () => run(process.execPath, ['scripts/mediawiki/ensure-packages.mjs']));
} catch (error) {
  process.stderr.write(`[setup] ${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
}
