// mediasoup's Node API for the smoke test: the repo's node_modules when
// installed, else a scripts-free install of the same version in a temp dir
// (reused across runs), so the test can run before `npm install`.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { log, run } from './shell.mjs';

export function loadMediasoup({ version, repoRoot }) {
  const fromRepo = tryRequire(path.join(repoRoot, 'package.json'), version);
  if (fromRepo) return fromRepo;

  const dir = path.join(os.tmpdir(), `palabre-mediasoup-api-${version}`);
  const cached = tryRequire(path.join(dir, 'package.json'), version);
  if (cached) return cached;

  log(`installing mediasoup@${version} (Node API only) in ${dir}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
  // --ignore-scripts: its postinstall would try to download or build a worker.
  run('npm', ['install', '--no-save', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error', `mediasoup@${version}`], {
    cwd: dir,
  });
  return tryRequire(path.join(dir, 'package.json'), version) ?? failLoad(dir);
}

function tryRequire(fromPackageJson, version) {
  const packageDir = path.join(path.dirname(fromPackageJson), 'node_modules', 'mediasoup');
  try {
    const { version: found } = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
    return found === version ? createRequire(fromPackageJson)('mediasoup') : null;
  } catch {
    return null;
  }
}

function failLoad(dir) {
  throw new Error(`could not load mediasoup from ${dir}`);
}
