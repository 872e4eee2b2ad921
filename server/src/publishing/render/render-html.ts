import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { defaultSchema, sanitize } from 'hast-util-sanitize';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';

/**
 * The report as a sanitised HTML tree: raw HTML in the tree is dropped by toHast, and the
 * sanitiser (GitHub's allow-list) removes anything else that could run or load in a reader's
 * page, should the tree ever carry it.
 */
export function reportHast(tree: Root): HastRoot {
  return sanitize(toHast(tree), defaultSchema) as HastRoot;
}

/** An HTML fragment of the report, for the webhook and the archive's feed. */
export function renderHtml(tree: Root): string {
  return toHtml(reportHast(tree));
}
