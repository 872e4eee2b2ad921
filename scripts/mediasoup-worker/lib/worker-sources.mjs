// The worker's C++ sources: the mediasoup npm tarball ships them in worker/.
// Prefer the installed package; before `npm install` fetch the tarball from the
// npm registry (reachable where GitHub is not).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { log, run } from './shell.mjs';

/** Returns the directory of pristine worker sources for `version`. */
export function workerSourcesDir({ version, repoRoot, scratchDir }) {
  const installed = path.join(repoRoot, 'node_modules', 'mediasoup');
  if (installedVersion(installed) === version && fs.existsSync(path.join(installed, 'worker', 'meson.build'))) {
    log(`worker sources: ${path.join(installed, 'worker')}`);
    return path.join(installed, 'worker');
  }

  log(`worker sources: npm pack mediasoup@${version}`);
  const packDir = path.join(scratchDir, 'npm-pack');
  fs.mkdirSync(packDir, { recursive: true });
  // cwd outside the repo, so npm does not treat the workspace root as context.
  run('npm', ['pack', `mediasoup@${version}`, '--silent'], { cwd: packDir });
  const tarball = fs.readdirSync(packDir).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack mediasoup@${version} produced no tarball`);
  run('tar', ['-xzf', tarball, 'package/worker', 'package/package.json'], { cwd: packDir });
  return path.join(packDir, 'package', 'worker');
}

function installedVersion(packageDir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

/** Copies the sources, leaving out build outputs a previous install may have left. */
export function copyWorkerSources(fromDir, toDir) {
  const skipped = new Set(['out', 'prebuild', 'pip_invoke'].map((name) => path.join(fromDir, name)));
  fs.cpSync(fromDir, toDir, { recursive: true, filter: (src) => !skipped.has(src) });
}
