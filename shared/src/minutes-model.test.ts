import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { GENERAL_SECTION_ID, MINUTES_FRAGMENT, MINUTES_NODES } from './minutes.js';
import { readMinutes, summarize, withoutPrivate } from './minutes-model.js';

type Attrs = Record<string, string | number | boolean>;

/** Builds what y-prosemirror would store for a node: an element with attrs and inline text. */
function element(name: string, attrs: Attrs, content: (Y.XmlElement | Y.XmlText | string)[]): Y.XmlElement {
  const node = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value as string);
  node.insert(
    0,
    content.map((child) => (typeof child === 'string' ? new Y.XmlText(child) : child)),
  );
  return node;
}

function docWith(sections: Y.XmlElement[]): Y.Doc {
  const doc = new Y.Doc();
  doc.getXmlFragment(MINUTES_FRAGMENT).insert(0, sections);
  return doc;
}

const { section, paragraph, decision, action, question } = MINUTES_NODES;

describe('readMinutes', () => {
  it('reads sections and typed blocks with their attributes', () => {
    const doc = docWith([
      element(section, { itemId: GENERAL_SECTION_ID, title: '', private: false }, [element(paragraph, {}, ['Welcome'])]),
      element(section, { itemId: 'budget', title: 'Budget', private: false }, [
        element(decision, { outcome: 'vote', votesFor: 7, votesAgainst: '2', votesAbstain: 1, private: false }, ['Adopt it']),
        element(action, { owner: 'Zoé', due: '2026-12-01', done: 'false', private: false }, ['Send the figures']),
        element(question, { private: 'true' }, ['Who pays the room?']),
        element(paragraph, {}, ['   ']),
      ]),
    ]);
    expect(readMinutes(doc, 'm1')).toEqual({
      meetingId: 'm1',
      sections: [
        { itemId: GENERAL_SECTION_ID, title: '', private: false, blocks: [{ type: 'note', text: 'Welcome', private: false }] },
        {
          itemId: 'budget',
          title: 'Budget',
          private: false,
          blocks: [
            { type: 'decision', text: 'Adopt it', private: false, outcome: { kind: 'vote', votesFor: 7, votesAgainst: 2, votesAbstain: 1 } },
            { type: 'action', text: 'Send the figures', private: false, owner: 'Zoé', due: '2026-12-01', done: false },
            { type: 'question', text: 'Who pays the room?', private: true },
          ],
        },
      ],
    });
  });

  it('keeps the words of nested blocks and formatted text', () => {
    const bold = new Y.XmlText();
    bold.insert(0, 'plain ');
    bold.insert(6, 'bold', { bold: true });
    const list = element('bulletList', {}, [
      element('listItem', {}, [element(paragraph, {}, ['first'])]),
      element('listItem', {}, [element(paragraph, {}, ['second'])]),
    ]);
    const doc = docWith([element(section, { itemId: 'a', title: 'A' }, [element(paragraph, {}, [bold]), list])]);
    const blocks = readMinutes(doc, 'm').sections[0]?.blocks;
    expect(blocks).toEqual([
      { type: 'note', text: 'plain bold', private: false },
      { type: 'note', text: 'first\nsecond', private: false },
    ]);
  });

  it('reads a decision without outcome and booleans given as true', () => {
    const doc = docWith([
      element(section, { itemId: 'a', title: 'A', private: true }, [
        element(decision, {}, ['Agreed']),
        element(action, { done: true }, ['Done already']),
      ]),
    ]);
    const read = readMinutes(doc, 'm').sections[0];
    expect(read?.private).toBe(true);
    expect(read?.blocks[0]).toMatchObject({ type: 'decision', outcome: { kind: 'none' } });
    expect(read?.blocks[1]).toMatchObject({ type: 'action', done: true, owner: '', due: '' });
  });

  it('reads an empty document as no sections', () => {
    expect(readMinutes(new Y.Doc(), 'm')).toEqual({ meetingId: 'm', sections: [] });
  });
});

describe('summarize and withoutPrivate', () => {
  const doc = docWith([
    element(section, { itemId: 'open', title: 'Open', private: false }, [
      element(decision, { outcome: 'consensus' }, ['Public decision']),
      element(action, { private: true }, ['Private action']),
      element(question, {}, ['Public question']),
      element(paragraph, {}, ['A note']),
    ]),
    element(section, { itemId: 'closed', title: 'Closed', private: true }, [element(action, { owner: 'Ana' }, ['Secret action'])]),
  ]);
  const minutes = readMinutes(doc, 'm');

  it('lists public decisions, actions and questions with their section title', () => {
    expect(summarize(minutes)).toEqual({
      decisions: [{ type: 'decision', text: 'Public decision', private: false, outcome: { kind: 'consensus' }, sectionTitle: 'Open' }],
      actions: [],
      questions: [{ type: 'question', text: 'Public question', private: false, sectionTitle: 'Open' }],
    });
  });

  it('includes private entries when asked', () => {
    const summary = summarize(minutes, { includePrivate: true });
    expect(summary.actions.map((a) => [a.text, a.sectionTitle])).toEqual([
      ['Private action', 'Open'],
      ['Secret action', 'Closed'],
    ]);
  });

  it('drops private sections and blocks', () => {
    const open = withoutPrivate(minutes);
    expect(open.sections.map((s) => s.itemId)).toEqual(['open']);
    expect(open.sections[0]?.blocks.map((b) => b.text)).toEqual(['Public decision', 'Public question', 'A note']);
  });
});
