import { z } from 'zod';
import type { MediaWikiSession } from './api-session.js';
import { MediaWikiError } from './mediawiki-error.js';

const infoBody = z.object({
  query: z.object({
    pages: z.array(z.object({ pageid: z.number().optional(), missing: z.boolean().optional(), fullurl: z.string() })),
  }),
});

/**
 * The page's address for readers, as the wiki builds it ($wgServer + $wgArticlePath), so short
 * URLs and language paths come out right.
 */
export async function pageUrl(session: MediaWikiSession, title: string): Promise<string> {
  const { query } = await session.get({ action: 'query', prop: 'info', inprop: 'url', titles: title }, infoBody);
  const page = query.pages[0];
  if (!page || page.missing) {
    throw new MediaWikiError('missingtitle', `MediaWiki page "${title}" is missing right after it was saved: missingtitle`, true);
  }
  // fullurl is protocol-relative when $wgServer is ("//wiki.example.org"): resolve it.
  return new URL(page.fullurl, session.apiUrl).href;
}
