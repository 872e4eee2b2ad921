import type { List, Nodes, PhrasingContent, Root } from 'mdast';

/*
 * MediaWiki wikitext of the report tree. No maintained mdast-to-wikitext serialiser exists on
 * npm (the wiki packages there parse wikitext or talk to the API), so this one is written over
 * the few node types the report uses, with text escaped as entities, which MediaWiki decodes
 * when it renders the page. Anything else in a tree is written as its escaped text.
 */

/** Characters that are markup anywhere in a line: links, templates, tables, tags, bold/italic, signatures. */
const INLINE = /[&<>[\]{}|'~]/g;
/** Markup only at the start of a line: lists, indents, definitions, headings, rules, preformatted. */
const LINE_START = /^[*#:;= -]/;

const entity = (char: string) => `&#${char.codePointAt(0)};`;

export function escapeWikitext(value: string): string {
  return value
    .replace(INLINE, entity)
    .replace(/__/g, '&#95;_') // behaviour switches such as __NOTOC__
    .replace(/\r?\n/g, ' ');
}

function inline(nodes: readonly PhrasingContent[]): string {
  return nodes.map(phrasing).join('');
}

function phrasing(node: PhrasingContent): string {
  switch (node.type) {
    case 'text':
      return escapeWikitext(node.value);
    case 'strong':
      return `'''${inline(node.children)}'''`;
    case 'emphasis':
      return `''${inline(node.children)}''`;
    case 'break':
      return '<br />';
    default:
      return escapeWikitext(plainText(node));
  }
}

/** A line's first character must not read as line markup. */
function lineStart(line: string): string {
  return LINE_START.test(line) ? entity(line[0]!) + line.slice(1) : line;
}

function listLines(node: List, prefix: string): string[] {
  const marker = prefix + (node.ordered ? '#' : '*');
  return node.children.flatMap((item) =>
    item.children.flatMap((child, index) => {
      if (child.type === 'list') return listLines(child, marker);
      const content = child.type === 'paragraph' ? inline(child.children) : escapeWikitext(plainText(child));
      // A second paragraph of the same item continues it on a new line of the item.
      return index === 0 ? [`${marker} ${content}`] : [`${marker.slice(0, -1)}: ${content}`];
    }),
  );
}

function block(node: Root['children'][number]): string {
  switch (node.type) {
    case 'heading': {
      const bar = '='.repeat(node.depth);
      return `${bar} ${inline(node.children)} ${bar}`;
    }
    case 'paragraph':
      return lineStart(inline(node.children));
    case 'list':
      return listLines(node, '').join('\n');
    case 'thematicBreak':
      return '----';
    default:
      return lineStart(escapeWikitext(plainText(node)));
  }
}

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

export function renderWikitext(tree: Root): string {
  return `${tree.children.map(block).join('\n\n')}\n`;
}
