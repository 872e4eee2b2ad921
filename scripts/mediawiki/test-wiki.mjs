// A real, throwaway MediaWiki for tests and for trying the publisher by hand: Debian's package,
// a scratch directory per run, PHP's built-in server on a free loopback port.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ensureWikiPackages } from './lib/debian-packages.mjs';
import { installWiki } from './lib/install-wiki.mjs';
import { log } from './lib/process.mjs';
import { freePort, serveWiki } from './lib/serve-wiki.mjs';

/** Resolves to { apiUrl, username, botPassword, dir, stop }; stop() ends the server and deletes dir. */
export async function startTestWiki() {
  const started = Date.now();
  const { installed } = await ensureWikiPackages();
  if (installed.length > 0) log(`installed ${installed.join(' ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'palabre-wiki-'));
  const removeDir = () => fs.rm(dir, { recursive: true, force: true });
  try {
    const port = await freePort();
    const { configFile, username, botPassword } = await installWiki({ dir, serverUrl: `http://127.0.0.1:${port}` });
    const server = await serveWiki({ configFile, port, logFile: path.join(dir, 'php-server.log') });
    const stop = async () => {
      await server.stop();
      await removeDir();
    };
    return { apiUrl: server.apiUrl, username, botPassword, dir, stop };
  } catch (error) {
    await removeDir();
    throw error;
  }
}
