// mediasoup's own prebuilt worker, fetched the way its postinstall does
// (npm-scripts.mjs: downloadPrebuiltWorker): same release URL and tarball
// name, same MEDIASOUP_WORKER_PREBUILT_DOWNLOAD_BASE_URL override, same
// "does it start on this host" check. We cannot call that function (the
// script runs a task on import and writes into node_modules), so this is a
// builtins-only copy that stores the binary in our cache instead.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkWorkerBinary, WORKER_BIN_NAME } from './worker-cache.mjs';
import { capture, log } from './shell.mjs';

const DEFAULT_RELEASE_BASE = 'https://github.com/versatica/mediasoup/releases/download';
// Fail fast where GitHub is unreachable (DNS failures return at once; this
// bounds a silently dropped connection), yet leave a slow link time for ~5 MB.
const RESPONSE_TIMEOUT_MS = 10_000;
const BODY_TIMEOUT_MS = 120_000;

export function prebuiltTarballName(version) {
  let name = `mediasoup-worker-${version}-${os.platform()}-${os.arch()}`;
  if (os.platform() === 'linux') name += `-kernel${Number(os.release().split('.')[0])}`;
  return `${name}.tgz`;
}

export function prebuiltUrl(version, env = process.env) {
  const base = env.MEDIASOUP_WORKER_PREBUILT_DOWNLOAD_BASE_URL || DEFAULT_RELEASE_BASE;
  return `${base}/${version}/${prebuiltTarballName(version)}`;
}

/**
 * Downloads the prebuilt worker and installs it at `destPath` (atomically).
 * Returns true on success, false (after saying why) on any failure.
 */
export async function downloadPrebuiltWorker({ version, destPath }) {
  const url = prebuiltUrl(version);
  log(`trying mediasoup's prebuilt worker: ${url}`);
  const workDir = fs.mkdtempSync(path.join(path.dirname(destPath), '.download-'));
  try {
    const tarball = await fetchToBuffer(url);
    if (!tarball) return false;

    const tgzPath = path.join(workDir, 'worker.tgz');
    fs.writeFileSync(tgzPath, tarball);
    const untar = capture('tar', ['-xzf', tgzPath, '-C', workDir, WORKER_BIN_NAME]);
    if (untar.status !== 0) {
      log(`prebuilt tarball unusable: ${untar.stderr.trim() || untar.error?.message}`);
      return false;
    }

    const binPath = path.join(workDir, WORKER_BIN_NAME);
    fs.chmodSync(binPath, 0o755);
    const check = checkWorkerBinary(binPath);
    if (!check.ok) {
      log(`prebuilt worker does not run on this host: ${check.reason}`);
      return false;
    }
    // Same directory as destPath, hence the same filesystem: rename is atomic.
    fs.renameSync(binPath, destPath);
    log('prebuilt worker installed');
    return true;
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

async function fetchToBuffer(url) {
  const controller = new AbortController();
  let timer = setTimeout(() => controller.abort(), RESPONSE_TIMEOUT_MS);
  try {
    const response = await fetch(url, { signal: controller.signal });
    if (!response.ok) {
      log(`no prebuilt worker: HTTP ${response.status} ${response.statusText}`);
      return null;
    }
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(), BODY_TIMEOUT_MS);
    return Buffer.from(await response.arrayBuffer());
  } catch (error) {
    const cause = error.cause?.code ?? error.cause?.message ?? error.name;
    log(`no prebuilt worker: ${error.message}${cause ? ` (${cause})` : ''}`);
    return null;
  } finally {
    clearTimeout(timer);
  }
}
