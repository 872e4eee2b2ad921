#!/usr/bin/env node
// Starts a throwaway MediaWiki, prints how to reach it as JSON, and runs until Ctrl-C:
//
//   node scripts/mediawiki/start-test-wiki.mjs
//
// Installs Debian's mediawiki, php-sqlite3 and php-cli first if they are missing (needs root).
import { log } from './lib/process.mjs';
import { startTestWiki } from './test-wiki.mjs';

const started = Date.now();
let wiki;
try {
  wiki = await startTestWiki();
} catch (error) {
  log(`FAILED: ${error.message}`);
  process.exit(1);
}
log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s; Ctrl-C stops it and deletes ${wiki.dir}`);
const { apiUrl, username, botPassword } = wiki;
process.stdout.write(`${JSON.stringify({ apiUrl, username, botPassword }, null, 2)}\n`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await wiki.stop();
    process.exit(0);
  });
}
