import { MediaWikiSession } from './api-session.js';
import { savePage } from './edit-page.js';
import { addLineToIndex } from './index-page.js';
import { pageUrl } from './page-location.js';

export { MediaWikiError } from './mediawiki-error.js';

export interface MediaWikiConfig {
  /** The wiki's api.php, e.g. https://wiki.example.org/w/api.php */
  apiUrl: string;
  /** A bot password's login name, `User@appid` (Special:BotPasswords). */
  username: string;
  botPassword: string;
  /** Used by the caller to compute each page's title. */
  pageTitlePattern: string;
  /** A page listing every published meeting, one line each; null for none. */
  indexPage: string | null;
}

/**
 * Creates or updates one page of meeting notes, then lists it on the index page. Idempotent:
 * publishing the same page again changes nothing and adds no second index line.
 *
 * Resolves to the page's URL and its page id (as a string: it survives renames on the wiki).
 * Rejects with a MediaWikiError whose `retryable` tells the outbox whether to try again.
 */
export async function publishToMediaWiki(
  config: MediaWikiConfig,
  page: { title: string; wikitext: string; summary: string; indexLine: string },
): Promise<{ url: string; remoteId: string }> {
  const session = await MediaWikiSession.login(config.apiUrl, config.username, config.botPassword);
  const csrfToken = await session.csrfToken();
  const saved = await savePage(session, csrfToken, page);
  if (config.indexPage) {
    await addLineToIndex(session, csrfToken, { title: config.indexPage, line: page.indexLine, summary: page.summary });
  }
  return { url: await pageUrl(session, saved.title), remoteId: String(saved.pageId) };
}
