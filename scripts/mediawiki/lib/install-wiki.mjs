// Installs a throwaway wiki in a scratch directory: SQLite database, French content language,
// a bot account with a bot password. Debian's MediaWiki files are not touched: MW_CONFIG_FILE
// points both the maintenance scripts and the web server at this wiki's LocalSettings.php.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { run } from './process.mjs';

export const MEDIAWIKI_DIR = '/usr/share/mediawiki';

const BOT_USER = 'PalabreBot';
const BOT_APP_ID = 'palabre';
// What publishing needs: edit and create pages, as a bot, without rate limits.
const BOT_GRANTS = 'basic,highvolume,editpage,createeditmovepage';

// Appended to the generated settings. No jobs at the end of web requests (nothing in the tests
// needs them, and PHP's built-in server would serve them before the next request).
const EXTRA_SETTINGS = `
$wgJobRunRate = 0;
$wgEnableBotPasswords = true;
`;

// MediaWiki only accepts a bot password at login if it matches /^[0-9a-w]{32}$/ (what
// Special:BotPasswords generates); any other password is refused as "incorrect".
const BOT_PASSWORD_ALPHABET = '0123456789abcdefghijklmnopqrstuvw';

/** `length` random characters of [0-9a-w]: a bot password for 32, a user password otherwise. */
function randomPassword(length) {
  return Array.from(randomBytes(length), (byte) => BOT_PASSWORD_ALPHABET[byte % 32]).join('');
}

function maintenance(script, args, configFile) {
  const env = { ...process.env, MW_CONFIG_FILE: configFile };
  return run('php', [path.join(MEDIAWIKI_DIR, 'maintenance', script), ...args], { env });
}

/**
 * Creates the wiki's database and settings in `dir` for a server at `serverUrl`, then its bot.
 * Resolves to what a client needs to log in, plus the settings file the web server must read.
 */
export async function installWiki({ dir, serverUrl }) {
  const configFile = path.join(dir, 'LocalSettings.php');
  await fs.mkdir(path.join(dir, 'db'), { recursive: true });

  await maintenance(
    'install.php',
    [
      '--dbtype', 'sqlite',
      '--dbpath', path.join(dir, 'db'),
      '--dbname', 'palabre_test',
      '--server', serverUrl,
      '--scriptpath', '',
      '--lang', 'fr',
      '--pass', randomPassword(20),
      '--confpath', dir,
      'Palabre test wiki',
      'Admin',
    ],
    configFile,
  );
  await fs.appendFile(configFile, EXTRA_SETTINGS);

  const botPassword = randomPassword(32);
  await maintenance('createAndPromote.php', ['--bot', BOT_USER, randomPassword(20)], configFile);
  await maintenance('createBotPassword.php', ['--appid', BOT_APP_ID, '--grants', BOT_GRANTS, BOT_USER, botPassword], configFile);

  return { configFile, username: `${BOT_USER}@${BOT_APP_ID}`, botPassword };
}
