import type { Root } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';

/** Markdown (CommonMark) of the report tree; mdast-util-to-markdown escapes what was typed. */
export function renderMarkdown(tree: Root): string {
  return toMarkdown(tree, { bullet: '-', emphasis: '_', strong: '*', rule: '-' });
}
