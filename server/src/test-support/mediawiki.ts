// A real MediaWiki for tests (Debian's package, PHP's built-in server, a scratch SQLite wiki):
// see scripts/mediawiki/. The first start installs the packages (about a minute, as root).
import { startTestWiki as startWiki, type StartedTestWiki } from '../../../scripts/mediawiki/test-wiki.mjs';

export type TestWiki = StartedTestWiki;

/** Time for beforeAll: a first run installs mediawiki, php-cli and php-sqlite3 with apt-get. */
export const TEST_WIKI_START_TIMEOUT_MS = 180_000;

export function startTestWiki(): Promise<TestWiki> {
  return startWiki();
}

export interface WikiPage {
  pageId: number;
  /** With the end trimmed: MediaWiki strips trailing whitespace when it saves. */
  wikitext: string;
  revisions: number;
}

/** Reads a page anonymously through the API, as a reader of the wiki would; null if missing. */
export async function readWikiPage(wiki: TestWiki, title: string): Promise<WikiPage | null> {
  const params = new URLSearchParams({
    action: 'query',
    prop: 'revisions',
    rvprop: 'content|ids',
    rvslots: 'main',
    rvlimit: 'max',
    titles: title,
    format: 'json',
    formatversion: '2',
  });
  const response = await fetch(`${wiki.apiUrl}?${params}`, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`reading "${title}": HTTP ${response.status}`);
  const body = (await response.json()) as {
    query: { pages: { pageid?: number; missing?: boolean; revisions?: { slots: { main: { content: string } } }[] }[] };
  };
  const page = body.query.pages[0];
  if (!page || page.missing || page.pageid === undefined || !page.revisions?.[0]) return null;
  return { pageId: page.pageid, wikitext: page.revisions[0].slots.main.content.trimEnd(), revisions: page.revisions.length };
}
