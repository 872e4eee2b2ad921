import { z } from 'zod';
import type { MediaWikiSession } from './api-session.js';
import { MediaWikiError } from './mediawiki-error.js';

const editBody = z.object({
  edit: z.object({
    result: z.string(),
    pageid: z.number().optional(),
    title: z.string().optional(),
    nochange: z.boolean().optional(),
  }),
});

/** Parameters every edit of ours carries. */
export const EDIT_DEFAULTS = {
  bot: '1', // keeps published notes out of the wiki's recent changes by default
  assert: 'user', // refuse to edit anonymously if the session got lost
  maxlag: '5', // be a polite bot: back off (error "maxlag") when replicas lag
  watchlist: 'nochange',
} as const;

export interface SavedPage {
  pageId: number;
  /** As the wiki normalized it (first letter capitalized, underscores as spaces). */
  title: string;
  /** False when the page already had exactly this text (no revision was made). */
  changed: boolean;
}

/**
 * Creates the page or replaces its text. Saving the same text again is a no-op on the wiki's side
 * ("nochange"), which is what makes publishing twice harmless.
 */
export async function savePage(
  session: MediaWikiSession,
  csrfToken: string,
  page: { title: string; wikitext: string; summary: string },
): Promise<SavedPage> {
  const { edit } = await session.post(
    { action: 'edit', title: page.title, text: page.wikitext, summary: page.summary, ...EDIT_DEFAULTS, token: csrfToken },
    editBody,
  );
  // A "Failure" comes from extensions (captcha, spam blacklist, abuse filter): a person must look.
  if (edit.result !== 'Success' || edit.pageid === undefined) {
    const code = `edit-${edit.result.toLowerCase()}`;
    throw new MediaWikiError(code, `MediaWiki edit of "${page.title}" failed: ${code}: ${JSON.stringify(edit)}`, false);
  }
  return { pageId: edit.pageid, title: edit.title ?? page.title, changed: edit.nochange !== true };
}
