// Where the worker binary is cached and whether a cached binary is usable.
// The cache lives outside the clone, keyed by mediasoup version and by a hash
// of the patch set, so a fresh clone or `rm -rf node_modules` reuses it and a
// patch change never reuses a binary built without it.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { capture } from './shell.mjs';

export const DEFAULT_MEDIASOUP_VERSION = '3.27.1';
export const WORKER_BIN_NAME = 'mediasoup-worker';

// Bump when the build steps change the binary without changing a patch file
// (e.g. meson options in offline-build.mjs): it is part of the cache key.
const BUILD_RECIPE_REVISION = '1';

const SCRIPT_DIR = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const REPO_ROOT = path.resolve(SCRIPT_DIR, '../..');

export function patchesDir(version) {
  return path.join(SCRIPT_DIR, 'patches', version);
}

/** The installed mediasoup's version, else the version Palabre pins. */
export function mediasoupVersion(repoRoot = REPO_ROOT) {
  const pkgPath = path.join(repoRoot, 'node_modules', 'mediasoup', 'package.json');
  try {
    return JSON.parse(fs.readFileSync(pkgPath, 'utf8')).version;
  } catch {
    return DEFAULT_MEDIASOUP_VERSION;
  }
}

/** Short hash of every file under patches/<version>/ (paths and contents). */
export function patchSetHash(version) {
  const hash = createHash('sha256').update(`recipe ${BUILD_RECIPE_REVISION}\0`);
  const root = patchesDir(version);
  for (const relPath of listFiles(root)) {
    hash.update(`${relPath}\0`).update(fs.readFileSync(path.join(root, relPath))).update('\0');
  }
  return hash.digest('hex').slice(0, 8);
}

function listFiles(root, rel = '') {
  let entries;
  try {
    entries = fs.readdirSync(path.join(root, rel), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const relPath = path.posix.join(rel, entry.name);
      return entry.isDirectory() ? listFiles(root, relPath) : [relPath];
    });
}

/** ${PALABRE_CACHE_DIR:-${XDG_CACHE_HOME:-~/.cache}}/palabre/mediasoup-worker */
export function workerCacheRoot(env = process.env) {
  const base = env.PALABRE_CACHE_DIR || env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(path.resolve(base), 'palabre', 'mediasoup-worker');
}

export function workerCacheKey(version = mediasoupVersion()) {
  return `${version}-${patchSetHash(version)}`;
}

/** Absolute path of the cached binary for this version and patch set. */
export function workerCachePath({ version = mediasoupVersion(), env = process.env } = {}) {
  return path.join(workerCacheRoot(env), workerCacheKey(version), WORKER_BIN_NAME);
}

/**
 * Whether `binPath` runs on this host: an executable file whose shared
 * libraries resolve, and which starts. Like mediasoup's own check, it runs the
 * binary without MEDIASOUP_VERSION, which makes a working worker exit with 41.
 */
export function checkWorkerBinary(binPath) {
  try {
    if (!fs.statSync(binPath).isFile()) return { ok: false, reason: 'not a file' };
    fs.accessSync(binPath, fs.constants.X_OK);
  } catch (error) {
    return { ok: false, reason: error.code === 'ENOENT' ? 'missing' : error.message };
  }

  const ldd = capture('ldd', [binPath]);
  const unresolved = ldd.stdout.split('\n').filter((line) => line.includes('not found'));
  if (unresolved.length > 0) {
    return { ok: false, reason: `unresolved libraries: ${unresolved.map((l) => l.trim()).join('; ')}` };
  }

  const probe = capture(binPath, [], { env: {}, timeoutMs: 5_000 });
  if (probe.status !== 41) {
    const how = probe.error ? probe.error.message : `exit status ${probe.status}`;
    return { ok: false, reason: `does not start (${how}, expected 41)` };
  }
  return { ok: true };
}
