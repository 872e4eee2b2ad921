import { z } from 'zod';
import type { MediaWikiSession } from './api-session.js';
import { EDIT_DEFAULTS } from './edit-page.js';
import { MediaWikiError } from './mediawiki-error.js';

const pageBody = z.object({
  query: z.object({
    pages: z.array(
      z.object({
        missing: z.boolean().optional(),
        invalid: z.boolean().optional(),
        invalidreason: z.string().optional(),
        revisions: z.array(z.object({ slots: z.object({ main: z.object({ content: z.string() }) }) })).optional(),
      }),
    ),
  }),
});

/** The page's current wikitext, or null if the page does not exist yet. */
async function currentText(session: MediaWikiSession, title: string): Promise<string | null> {
  const { query } = await session.get(
    { action: 'query', prop: 'revisions', rvprop: 'content', rvslots: 'main', titles: title },
    pageBody,
  );
  const page = query.pages[0];
  if (page?.invalid) {
    throw new MediaWikiError('invalidtitle', `MediaWiki index page "${title}" is invalid: invalidtitle: ${page.invalidreason ?? ''}`, false);
  }
  return page?.revisions?.[0]?.slots.main.content ?? null;
}

function hasLine(text: string, line: string): boolean {
  // The wiki strips trailing whitespace, so compare lines without it.
  return text.split('\n').some((existing) => existing.trimEnd() === line.trimEnd());
}

/**
 * Appends `line` to the index page unless a line of the page already says exactly that; creates
 * the page if needed. Publishing is serialized per target by the outbox, so read-then-append is
 * enough; createonly/nocreate still turn a race on the page's creation into an error instead of
 * a lost line.
 */
export async function addLineToIndex(
  session: MediaWikiSession,
  csrfToken: string,
  index: { title: string; line: string; summary: string },
): Promise<{ added: boolean }> {
  const text = await currentText(session, index.title);
  if (text !== null && hasLine(text, index.line)) return { added: false };

  const appendtext = text === null || text === '' ? index.line : `\n${index.line}`;
  const exists: Record<string, string> = text === null ? { createonly: '1' } : { nocreate: '1' };
  await session.post(
    { action: 'edit', title: index.title, appendtext, summary: index.summary, ...exists, ...EDIT_DEFAULTS, token: csrfToken },
    z.object({ edit: z.object({ result: z.literal('Success') }) }),
  );
  return { added: true };
}
