// The Debian packages a test wiki needs, installed only when missing. Debian's MediaWiki is used
// untouched: its files stay in /usr/share/mediawiki and each wiki's settings live elsewhere.
import { capture, log, run } from './process.mjs';
import { DPKG_STATUS_QUERY, installedPackages } from '../../lib/dpkg-status.mjs';

export const WIKI_PACKAGES = ['mediawiki', 'php-sqlite3', 'php-cli'];

// Wait for another apt/dpkg run (a colleague's install, provisioning) instead of failing.
const APT_LOCK_WAIT = ['-o', 'DPkg::Lock::Timeout=600'];
const APT_ENV = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const APT_TIMEOUT_MS = 15 * 60_000;

export async function missingPackages(packages = WIKI_PACKAGES) {
  const query = await capture('dpkg-query', [...DPKG_STATUS_QUERY, ...packages]);
  if (query.error) throw new Error('dpkg-query not found: the test wiki needs Debian (Debian 12 tested)');
  const installed = installedPackages(query.stdout);
  return packages.filter((name) => !installed.has(name));
}

export async function ensureWikiPackages() {
  const missing = await missingPackages();
  if (missing.length === 0) return { installed: [] };
  if (process.getuid?.() !== 0) {
    throw new Error(`missing Debian packages: run \`sudo apt-get install -y --no-install-recommends ${missing.join(' ')}\``);
  }

  log(`installing ${missing.join(' ')} (about a minute)`);
  const install = ['install', '-y', '--no-install-recommends', ...APT_LOCK_WAIT, ...missing];
  const options = { env: APT_ENV, timeoutMs: APT_TIMEOUT_MS };
  const first = await capture('apt-get', install, options);
  if (first.status !== 0) {
    // Usually absent or stale package lists (fresh containers): refresh them once.
    log('apt-get install failed; running apt-get update and retrying');
    await run('apt-get', ['update', ...APT_LOCK_WAIT], options);
    await run('apt-get', install, options);
  }

  const stillMissing = await missingPackages();
  if (stillMissing.length > 0) throw new Error(`still missing after apt-get install: ${stillMissing.join(' ')}`);
  return { installed: missing };
}
