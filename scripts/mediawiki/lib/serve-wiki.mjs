// Serves a wiki with PHP's built-in web server and stops it again.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { MEDIAWIKI_DIR } from './install-wiki.mjs';

const READY_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 5_000;

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function groupIsAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

async function waitForApi(apiUrl, server, logFile) {
  const probe = `${apiUrl}?action=query&meta=siteinfo&format=json&formatversion=2`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`php -S exited (${server.exitCode ?? server.signalCode}):\n${fs.readFileSync(logFile, 'utf8').slice(-2000)}`);
    }
    const body = await fetch(probe, { signal: AbortSignal.timeout(5_000) }).then(
      (response) => (response.ok ? response.json() : null),
      () => null,
    );
    if (body?.query?.general) return;
    await sleep(100);
  }
  throw new Error(`${apiUrl} did not answer within ${READY_TIMEOUT_MS / 1000} s`);
}

/**
 * Starts `php -S` for the wiki configured by `configFile` and resolves once api.php answers.
 * The server gets its own process group so that stop() also ends any worker it forked
 * (PHP_CLI_SERVER_WORKERS children outlive a killed parent).
 */
export async function serveWiki({ configFile, port, logFile }) {
  const log = fs.openSync(logFile, 'a');
  const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', MEDIAWIKI_DIR], {
    env: { ...process.env, MW_CONFIG_FILE: configFile },
    stdio: ['ignore', log, log],
    detached: true,
  });
  fs.closeSync(log);
  const exited = new Promise((resolve) => server.once('exit', resolve));
  // If our process ends without calling stop() (a crashed test run), take the server with it.
  const killOnExit = () => killGroup(server.pid, 'SIGKILL');
  process.once('exit', killOnExit);

  let stopping = null;
  const stop = () => {
    stopping ??= (async () => {
      process.off('exit', killOnExit);
      killGroup(server.pid, 'SIGTERM');
      const timedOut = await Promise.race([exited.then(() => false), sleep(STOP_TIMEOUT_MS).then(() => true)]);
      if (timedOut || groupIsAlive(server.pid)) killGroup(server.pid, 'SIGKILL');
      await exited;
    })();
    return stopping;
  };

  const apiUrl = `http://127.0.0.1:${port}/api.php`;
  try {
    await waitForApi(apiUrl, server, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  return { apiUrl, stop };
}
