import { Node, mergeAttributes, textblockTypeInputRule, type Attribute } from '@tiptap/core';
import { MINUTES_NODES } from '@palabre/shared';

/*
 * The editor's document schema, which is the contract of shared/src/minutes.ts: y-prosemirror
 * stores these node names and attributes in the Y.Doc as they are, and the server and the
 * readers (summary, history, reports) read them by those names. Views are added in the UI layer.
 *
 * The document is a list of agenda sections, which the server adds, moves and renames; inside,
 * only the four block types of the contract, so nothing is written that no reader understands.
 */

/** The group of block types a section holds; free notes come first so Enter makes a note. */
export const BLOCK_GROUP = 'minutesBlock';

/** Kept on split: a block split in two stays private; other attributes belong to the first half. */
const privateAttribute: Attribute = {
  default: false,
  keepOnSplit: true,
  parseHTML: (element) => element.getAttribute('data-private') === 'true',
  renderHTML: (attributes) => (attributes.private ? { 'data-private': 'true' } : {}),
};

function dataAttribute(name: string, defaultValue: string | number | boolean): Attribute {
  const key = `data-${name.toLowerCase()}`;
  return {
    default: defaultValue,
    keepOnSplit: false,
    parseHTML: (element) => {
      const value = element.getAttribute(key);
      if (value === null) return defaultValue;
      if (typeof defaultValue === 'number') return Number(value) || 0;
      if (typeof defaultValue === 'boolean') return value === 'true';
      return value;
    },
    renderHTML: (attributes) => ({ [key]: String(attributes[name]) }),
  };
}

/**
 * Markdown-like shortcuts at the start of a block (the starter kit's marks add **bold**, *italic*,
 * ~~strike~~ and `code`): "D: " makes a decision, "A: " an action, "? " an open question.
 * Short, the same in French and English ("D" for décision, "A" for action).
 */
export const SHORTCUTS = {
  decision: /^[Dd]:\s$/,
  action: /^[Aa]:\s$/,
  question: /^\?\s$/,
} as const;

export const MinutesDocument = Node.create({
  name: 'doc',
  topNode: true,
  // No section of our own making: every one comes from the server, which follows the agenda.
  content: `${MINUTES_NODES.section}*`,
});

export const AgendaSectionNode = Node.create({
  name: MINUTES_NODES.section,
  content: `${BLOCK_GROUP}+`,
  // The heading is not text: typing at a section's edge stays in it, and its blocks stay in it.
  defining: true,
  isolating: true,
  addAttributes() {
    return {
      itemId: dataAttribute('itemId', ''),
      title: dataAttribute('title', ''),
      private: privateAttribute,
    };
  },
  parseHTML() {
    return [{ tag: 'section[data-minutes-section]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['section', mergeAttributes(HTMLAttributes, { 'data-minutes-section': '' }), 0];
  },
});

export const NoteNode = Node.create({
  name: MINUTES_NODES.paragraph,
  group: BLOCK_GROUP,
  content: 'inline*',
  priority: 1000,
  addAttributes() {
    return { private: privateAttribute };
  },
  parseHTML() {
    return [{ tag: 'p' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['p', mergeAttributes(HTMLAttributes, { class: 'minutes-note' }), 0];
  },
});

export const DecisionNode = Node.create({
  name: MINUTES_NODES.decision,
  group: BLOCK_GROUP,
  content: 'inline*',
  addAttributes() {
    return {
      outcome: dataAttribute('outcome', 'none'),
      votesFor: dataAttribute('votesFor', 0),
      votesAgainst: dataAttribute('votesAgainst', 0),
      votesAbstain: dataAttribute('votesAbstain', 0),
      private: privateAttribute,
    };
  },
  parseHTML() {
    return [{ tag: 'div[data-minutes-decision]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-minutes-decision': '' }), 0];
  },
  addInputRules() {
    return [textblockTypeInputRule({ find: SHORTCUTS.decision, type: this.type })];
  },
});

export const ActionNode = Node.create({
  name: MINUTES_NODES.action,
  group: BLOCK_GROUP,
  content: 'inline*',
  addAttributes() {
    return {
      owner: dataAttribute('owner', ''),
      due: dataAttribute('due', ''),
      done: dataAttribute('done', false),
      private: privateAttribute,
    };
  },
  parseHTML() {
    return [{ tag: 'div[data-minutes-action]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-minutes-action': '' }), 0];
  },
  addInputRules() {
    return [textblockTypeInputRule({ find: SHORTCUTS.action, type: this.type })];
  },
});

export const OpenQuestionNode = Node.create({
  name: MINUTES_NODES.question,
  group: BLOCK_GROUP,
  content: 'inline*',
  addAttributes() {
    return { private: privateAttribute };
  },
  parseHTML() {
    return [{ tag: 'div[data-minutes-question]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-minutes-question': '' }), 0];
  },
  addInputRules() {
    return [textblockTypeInputRule({ find: SHORTCUTS.question, type: this.type })];
  },
});

/** The block types a person can turn the current block into (notes are the default). */
export const BLOCK_TYPES = [MINUTES_NODES.decision, MINUTES_NODES.action, MINUTES_NODES.question] as const;
export type TypedBlockName = (typeof BLOCK_TYPES)[number];
