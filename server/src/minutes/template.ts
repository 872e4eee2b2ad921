import * as Y from 'yjs';
import { GENERAL_SECTION_ID, MINUTES_FRAGMENT, MINUTES_NODES, type MinutesDocument } from '@palabre/shared';
import { SERVER_ORIGIN, followAgenda, newSection, type AgendaHeading } from './agenda-sections.js';

/** An open question or unfinished action of an earlier meeting, to pick up in the next one. */
export type LooseEnd =
  | { type: 'question'; text: string; private: boolean }
  | { type: 'action'; text: string; private: boolean; owner: string; due: string };

/**
 * What a meeting leaves for the next: its open questions and actions not done, in order. A
 * block inside a private section stays private when it moves to the next meeting's general one.
 */
export function looseEnds(previous: MinutesDocument): LooseEnd[] {
  return previous.sections.flatMap((section) =>
    section.blocks.flatMap((block): LooseEnd[] => {
      const isPrivate = block.private || section.private;
      if (block.type === 'question') return [{ type: 'question', text: block.text, private: isPrivate }];
      if (block.type === 'action' && !block.done) {
        return [{ type: 'action', text: block.text, private: isPrivate, owner: block.owner, due: block.due }];
      }
      return [];
    }),
  );
}

/**
 * A new meeting's minutes: the general section, carrying the previous meeting's loose ends
 * followed by an empty paragraph to write in, then one section per agenda item.
 */
export function writeTemplate(doc: Y.Doc, agenda: readonly AgendaHeading[], carried: readonly LooseEnd[]): void {
  doc.transact(() => {
    const blocks = [...carried.map(blockOf), new Y.XmlElement(MINUTES_NODES.paragraph)];
    doc.getXmlFragment(MINUTES_FRAGMENT).insert(0, [newSection(GENERAL_SECTION_ID, '', blocks)]);
    followAgenda(doc, agenda);
  }, SERVER_ORIGIN);
}

function blockOf(loose: LooseEnd): Y.XmlElement {
  const block = new Y.XmlElement(loose.type === 'question' ? MINUTES_NODES.question : MINUTES_NODES.action);
  const attrs: Record<string, string | boolean> =
    loose.type === 'action' ? { owner: loose.owner, due: loose.due, done: false, private: loose.private } : { private: loose.private };
  // y-prosemirror reads element attributes back as the node's attrs, booleans included.
  for (const [name, value] of Object.entries(attrs)) block.setAttribute(name, value as string);
  block.insert(0, [new Y.XmlText(loose.text)]);
  return block;
}
