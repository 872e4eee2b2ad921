#!/usr/bin/env node
// Installs Debian's mediawiki, php-sqlite3 and php-cli if missing, so that the first test run
// does not spend a minute in apt-get inside a beforeAll:
//
//   node scripts/mediawiki/ensure-packages.mjs
import { ensureWikiPackages, WIKI_PACKAGES } from './lib/debian-packages.mjs';
import { log } from './lib/process.mjs';

try {
  const { installed } = await ensureWikiPackages();
  log(installed.length > 0 ? `installed ${installed.join(' ')}` : `${WIKI_PACKAGES.join(' ')}: already installed`);
} catch (error) {
  log(`FAILED: ${error.message}`);
  process.exit(1);
}
