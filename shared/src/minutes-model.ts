import * as Y from 'yjs';
import {
  GENERAL_SECTION_ID,
  MINUTES_FRAGMENT,
  MINUTES_NODES,
  type DecisionOutcome,
  type MinutesBlock,
  type MinutesDocument,
  type MinutesSection,
  type MinutesSummary,
} from './minutes.js';

/*
 * Reads a meeting's Yjs minutes into the plain document model. Used by the server (templates,
 * history, reports) and the client (summary view). y-prosemirror stores ProseMirror attrs as
 * given, so an attribute may arrive as a string, a number or a boolean: every reader is tolerant.
 */

type Attr = unknown;

const asString = (value: Attr): string => (value === undefined || value === null ? '' : String(value));
const asBoolean = (value: Attr): boolean => value === true || value === 'true' || value === 1 || value === '1';
const asCount = (value: Attr): number => {
  const count = typeof value === 'number' ? value : Number.parseInt(asString(value), 10);
  return Number.isFinite(count) && count > 0 ? Math.floor(count) : 0;
};

/** The text a person would read: inline text concatenated, nested blocks one per line. */
function textOf(node: Y.XmlElement | Y.XmlText): string {
  if (node instanceof Y.XmlText) {
    const delta = node.toDelta() as { insert: unknown }[];
    return delta.map((op) => (typeof op.insert === 'string' ? op.insert : '')).join('');
  }
  let text = '';
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlText) text += textOf(child);
    else if (child instanceof Y.XmlElement) {
      const inner = textOf(child);
      if (inner) text += text && !text.endsWith('\n') ? `\n${inner}` : inner;
    }
  }
  return text;
}

function outcomeOf(element: Y.XmlElement): DecisionOutcome {
  const outcome = asString(element.getAttribute('outcome'));
  if (outcome === 'consensus') return { kind: 'consensus' };
  if (outcome === 'vote') {
    return {
      kind: 'vote',
      votesFor: asCount(element.getAttribute('votesFor')),
      votesAgainst: asCount(element.getAttribute('votesAgainst')),
      votesAbstain: asCount(element.getAttribute('votesAbstain')),
    };
  }
  return { kind: 'none' };
}

/** One child of a section as a block; anything that is not a typed block reads as a note. */
function blockOf(element: Y.XmlElement): MinutesBlock | null {
  const text = textOf(element).trim();
  if (!text) return null;
  const isPrivate = asBoolean(element.getAttribute('private'));
  switch (element.nodeName) {
    case MINUTES_NODES.decision:
      return { type: 'decision', text, private: isPrivate, outcome: outcomeOf(element) };
    case MINUTES_NODES.action:
      return {
        type: 'action',
        text,
        private: isPrivate,
        owner: asString(element.getAttribute('owner')),
        due: asString(element.getAttribute('due')),
        done: asBoolean(element.getAttribute('done')),
      };
    case MINUTES_NODES.question:
      return { type: 'question', text, private: isPrivate };
    default:
      return { type: 'note', text, private: isPrivate };
  }
}

function sectionOf(element: Y.XmlElement): MinutesSection {
  const blocks: MinutesBlock[] = [];
  for (const child of element.toArray()) {
    const block = child instanceof Y.XmlElement ? blockOf(child) : child instanceof Y.XmlText ? noteOf(child) : null;
    if (block) blocks.push(block);
  }
  return {
    itemId: asString(element.getAttribute('itemId')) || GENERAL_SECTION_ID,
    title: asString(element.getAttribute('title')),
    private: asBoolean(element.getAttribute('private')),
    blocks,
  };
}

function noteOf(text: Y.XmlText): MinutesBlock | null {
  const value = textOf(text).trim();
  return value ? { type: 'note', text: value, private: false } : null;
}

export function readMinutes(doc: Y.Doc, meetingId: string): MinutesDocument {
  const sections: MinutesSection[] = [];
  // A block outside any section should not exist, but its words must not vanish: it is read
  // into a general section of its own at the place where it stands.
  let stray: MinutesSection | null = null;
  for (const node of doc.getXmlFragment(MINUTES_FRAGMENT).toArray()) {
    if (node instanceof Y.XmlElement && node.nodeName === MINUTES_NODES.section) {
      sections.push(sectionOf(node));
      stray = null;
      continue;
    }
    const block = node instanceof Y.XmlElement ? blockOf(node) : node instanceof Y.XmlText ? noteOf(node) : null;
    if (!block) continue;
    if (!stray) {
      stray = { itemId: GENERAL_SECTION_ID, title: '', private: false, blocks: [] };
      sections.push(stray);
    }
    stray.blocks.push(block);
  }
  return { meetingId, sections };
}

export function summarize(minutes: MinutesDocument, options: { includePrivate?: boolean } = {}): MinutesSummary {
  const summary: MinutesSummary = { decisions: [], actions: [], questions: [] };
  for (const section of minutes.sections) {
    if (section.private && !options.includePrivate) continue;
    for (const block of section.blocks) {
      if (block.private && !options.includePrivate) continue;
      const sectionTitle = section.title;
      switch (block.type) {
        case 'decision':
          summary.decisions.push({ ...block, sectionTitle });
          break;
        case 'action':
          summary.actions.push({ ...block, sectionTitle });
          break;
        case 'question':
          summary.questions.push({ ...block, sectionTitle });
          break;
        case 'note':
          break;
      }
    }
  }
  return summary;
}

/** The minutes as anyone outside the meeting may read them (history, published reports). */
export function withoutPrivate(minutes: MinutesDocument): MinutesDocument {
  return {
    meetingId: minutes.meetingId,
    sections: minutes.sections
      .filter((section) => !section.private)
      .map((section) => ({ ...section, blocks: section.blocks.filter((block) => !block.private) })),
  };
}
