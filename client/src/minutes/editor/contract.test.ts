import { getSchema } from '@tiptap/core';
import { prosemirrorJSONToYDoc, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { GENERAL_SECTION_ID, MINUTES_FRAGMENT, MINUTES_NODES } from '@palabre/shared';
import { readMinutes, summarize, withoutPrivate } from '@palabre/shared/minutes-model';
import { minutesSchemaExtensions } from './extensions';

const schema = getSchema(minutesSchemaExtensions());
const text = (value: string) => [{ type: 'text', text: value }];

describe('the editor and the shared reader agree on the document', () => {
  it('reads what the editor writes: typed blocks, their fields, privacy', () => {
    const doc = prosemirrorJSONToYDoc(
      schema,
      {
        type: 'doc',
        content: [
          {
            type: MINUTES_NODES.section,
            attrs: { itemId: GENERAL_SECTION_ID, title: '' },
            content: [{ type: MINUTES_NODES.paragraph, content: text('Présents : tout le monde') }],
          },
          {
            type: MINUTES_NODES.section,
            attrs: { itemId: 'budget', title: 'Budget' },
            content: [
              {
                type: MINUTES_NODES.decision,
                attrs: { outcome: 'vote', votesFor: 7, votesAgainst: 1, votesAbstain: 2 },
                content: [{ type: 'text', text: 'Adopté', marks: [{ type: 'bold' }] }, { type: 'text', text: ' tel quel' }],
              },
              { type: MINUTES_NODES.action, attrs: { owner: 'Bob', due: '2026-12-01' }, content: text('Payer la salle') },
              { type: MINUTES_NODES.question, attrs: { private: true }, content: text('Qui relance ?') },
            ],
          },
        ],
      },
      MINUTES_FRAGMENT,
    );
    const minutes = readMinutes(doc, 'm1');
    expect(minutes.sections.map((section) => section.itemId)).toEqual([GENERAL_SECTION_ID, 'budget']);
    const summary = summarize(minutes, { includePrivate: true });
    expect(summary.decisions).toEqual([
      {
        type: 'decision',
        text: 'Adopté tel quel',
        private: false,
        outcome: { kind: 'vote', votesFor: 7, votesAgainst: 1, votesAbstain: 2 },
        sectionTitle: 'Budget',
      },
    ]);
    expect(summary.actions).toEqual([
      { type: 'action', text: 'Payer la salle', private: false, owner: 'Bob', due: '2026-12-01', done: false, sectionTitle: 'Budget' },
    ]);
    expect(summary.questions).toHaveLength(1);
    expect(summarize(withoutPrivate(minutes)).questions).toHaveLength(0);
  });

  it('shows the sections the server makes without losing any of them', () => {
    // What the server writes (server/src/minutes/agenda-sections.ts): booleans as booleans,
    // a section always holding one empty paragraph.
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment(MINUTES_FRAGMENT);
    for (const [itemId, title] of [[GENERAL_SECTION_ID, ''], ['i1', 'Accueil']] as const) {
      const section = new Y.XmlElement(MINUTES_NODES.section);
      section.setAttribute('itemId', itemId);
      section.setAttribute('title', title);
      section.setAttribute('private', false as unknown as string);
      section.insert(0, [new Y.XmlElement(MINUTES_NODES.paragraph)]);
      fragment.insert(fragment.length, [section]);
    }
    const root = yXmlFragmentToProseMirrorRootNode(fragment, schema);
    root.check();
    expect(root.childCount).toBe(2);
    expect(root.child(1).attrs).toEqual({ itemId: 'i1', title: 'Accueil', private: false });
    expect(root.child(1).firstChild?.type.name).toBe(MINUTES_NODES.paragraph);
    expect(fragment.length).toBe(2);
  });
});
