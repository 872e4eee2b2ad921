// Builds mediasoup-worker from the npm tarball's sources against Debian's
// packages, without network access (see ../README.md for each patch and why).
// Works on a scratch copy of the sources next to the cache, so node_modules
// stays pristine and patching never meets an already-patched tree.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureBuildPackages } from './apt-packages.mjs';
import { checkWorkerBinary, patchesDir, WORKER_BIN_NAME } from './worker-cache.mjs';
import { copyWorkerSources, workerSourcesDir } from './worker-sources.mjs';
import { formatDuration, log, run } from './shell.mjs';

const MESON_SETUP_OPTIONS = ['--wrap-mode=nodownload', '--buildtype', 'release', '-Db_ndebug=true'];

/** Builds the worker and installs it at `destPath` (atomically). */
export function buildWorkerOffline({ version, repoRoot, destPath }) {
  const patches = patchesDir(version);
  if (!fs.existsSync(patches)) {
    throw new Error(
      `no offline-build patches for mediasoup ${version} (expected ${patches}); ` +
        'port the nearest version\'s patches, or use a machine that reaches GitHub',
    );
  }

  const startedAt = Date.now();
  const cacheRoot = path.dirname(path.dirname(destPath));
  removeAbandonedFiles(cacheRoot);
  removeAbandonedFiles(path.dirname(destPath));
  // One scratch dir per process: concurrent runs never share a build tree.
  const scratchDir = path.join(cacheRoot, `${path.basename(path.dirname(destPath))}.build-${process.pid}`);
  fs.mkdirSync(scratchDir, { recursive: true });

  try {
    buildInScratchDir({ version, repoRoot, destPath, patches, scratchDir });
  } catch (error) {
    error.message += `\n  build tree kept for inspection: ${scratchDir} (removed by the next run)`;
    throw error;
  }

  fs.rmSync(scratchDir, { recursive: true, force: true });
  log(`built in ${formatDuration(Date.now() - startedAt)}`);
}

function buildInScratchDir({ version, repoRoot, destPath, patches, scratchDir }) {
  log('[1/5] Debian build packages');
  ensureBuildPackages();

  log(`[2/5] sources of mediasoup ${version} → ${scratchDir}`);
  const workerDir = path.join(scratchDir, 'worker');
  copyWorkerSources(workerSourcesDir({ version, repoRoot, scratchDir }), workerDir);

  log(`[3/5] patches from ${patches}`);
  applyPatches(patches, workerDir);

  log('[4/5] meson build (several minutes on 2 cores)');
  const buildDir = path.join(scratchDir, 'build');
  run('meson', ['setup', ...MESON_SETUP_OPTIONS, buildDir], { cwd: workerDir });
  // Generate the flatbuffers headers first: compiling in parallel with their
  // generation races (`FBS/message.h: No such file`).
  run('meson', ['compile', '-C', buildDir, 'flatbuffers-generator']);
  run('meson', ['compile', '-C', buildDir, WORKER_BIN_NAME]);

  log('[5/5] strip and install into the cache');
  installBinary(path.join(buildDir, WORKER_BIN_NAME), destPath);
}

function applyPatches(patches, workerDir) {
  for (const name of fs.readdirSync(patches).filter((n) => n.endsWith('.patch')).sort()) {
    run('patch', ['-p1', '--batch', '--forward', '--quiet', '-i', path.join(patches, name)], { cwd: workerDir });
  }
  // Files the patches refer to (shim headers), mirrored onto the worker tree.
  const files = path.join(patches, 'files');
  if (fs.existsSync(files)) fs.cpSync(files, workerDir, { recursive: true });
}

// Written next to destPath, then renamed: a killed build or a concurrent
// reader never sees a half-written binary.
function installBinary(builtPath, destPath) {
  const tmpPath = `${destPath}.tmp-${process.pid}`;
  try {
    run('strip', ['--strip-unneeded', '-o', tmpPath, builtPath]);
    fs.chmodSync(tmpPath, 0o755);
    const check = checkWorkerBinary(tmpPath);
    if (!check.ok) throw new Error(`built worker is not usable: ${check.reason}`);
    fs.renameSync(tmpPath, destPath);
  } finally {
    fs.rmSync(tmpPath, { force: true });
  }
}

// Scratch dirs and temp binaries of killed builds (their pid is gone) only take space.
function removeAbandonedFiles(dir) {
  for (const name of fs.readdirSync(dir)) {
    const pid = Number(/\.(?:build|tmp)-(\d+)$/.exec(name)?.[1]);
    if (pid && pid !== process.pid && !isAlive(pid)) {
      log(`removing leftover of an interrupted build: ${name}`);
      fs.rmSync(path.join(dir, name), { recursive: true, force: true });
    }
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}
