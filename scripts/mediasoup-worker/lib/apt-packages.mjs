// The Debian packages the offline build needs, installed when missing.
import { capture, log, run } from './shell.mjs';
import { DPKG_STATUS_QUERY, installedPackages } from '../../lib/dpkg-status.mjs';

export const BUILD_PACKAGES = [
  'build-essential',
  'patch',
  'pkg-config',
  'python3',
  'meson',
  'ninja-build',
  'libssl-dev',
  'libuv1-dev',
  'libsrtp2-dev',
  'libusrsctp-dev',
  'libabsl-dev',
  'nlohmann-json3-dev',
  'flatbuffers-compiler',
  'libflatbuffers-dev',
];

// Wait for another apt/dpkg run (e.g. a provisioning script) instead of failing.
const APT_LOCK_WAIT = ['-o', 'DPkg::Lock::Timeout=900'];
const APT_ENV = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };

export function missingPackages(packages = BUILD_PACKAGES) {
  const query = capture('dpkg-query', [...DPKG_STATUS_QUERY, ...packages]);
  if (query.error) {
    throw new Error('dpkg-query not found: the offline build needs a Debian-based system (Debian 12 tested)');
  }
  const installed = installedPackages(query.stdout);
  return packages.filter((name) => !installed.has(name));
}

export function ensureBuildPackages() {
  const missing = missingPackages();
  if (missing.length === 0) return;

  if (process.getuid?.() !== 0) {
    throw new Error(
      `missing Debian packages: ${missing.join(' ')}\n` +
        `  install them with: sudo apt-get install -y ${missing.join(' ')}`,
    );
  }

  log(`installing missing Debian packages: ${missing.join(' ')}`);
  const install = ['install', '-y', '--no-install-recommends', ...APT_LOCK_WAIT, ...missing];
  try {
    run('apt-get', install, { env: APT_ENV });
  } catch {
    // Usually stale or absent package lists (fresh containers): refresh once.
    log('apt-get install failed; running apt-get update and retrying');
    run('apt-get', ['update', ...APT_LOCK_WAIT], { env: APT_ENV });
    run('apt-get', install, { env: APT_ENV });
  }

  const stillMissing = missingPackages();
  if (stillMissing.length > 0) throw new Error(`packages still missing after install: ${stillMissing.join(' ')}`);
}
