import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { GENERAL_SECTION_ID, MINUTES_FRAGMENT, MINUTES_NODES } from '@palabre/shared';
import { readMinutes } from '@palabre/shared/minutes-model';
import { SERVER_ORIGIN, followAgenda } from './agenda-sections.js';
import { looseEnds, writeTemplate } from './template.js';

const fragmentOf = (doc: Y.Doc) => doc.getXmlFragment(MINUTES_FRAGMENT);
const sectionIds = (doc: Y.Doc) => fragmentOf(doc).toArray().map((node) => (node as Y.XmlElement).getAttribute('itemId'));
const titles = (doc: Y.Doc) => readMinutes(doc, 'm').sections.map((section) => section.title);

/** Types text into the first paragraph of an item's section, as an editor would. */
function write(doc: Y.Doc, itemId: string, text: string): void {
  const section = fragmentOf(doc)
    .toArray()
    .find((node) => (node as Y.XmlElement).getAttribute('itemId') === itemId) as Y.XmlElement;
  const paragraph = section.get(0) as Y.XmlElement;
  paragraph.insert(0, [new Y.XmlText(text)]);
}

describe('sections following the agenda', () => {
  it('creates the general section first, then one section with an empty paragraph per item', () => {
    const doc = new Y.Doc();
    followAgenda(doc, [
      { id: 'a', title: 'Accueil' },
      { id: 'b', title: 'Budget' },
    ]);
    expect(sectionIds(doc)).toEqual([GENERAL_SECTION_ID, 'a', 'b']);
    expect(titles(doc)).toEqual(['', 'Accueil', 'Budget']);
    const section = fragmentOf(doc).get(1) as Y.XmlElement;
    expect(section.nodeName).toBe(MINUTES_NODES.section);
    expect(section.getAttributes()).toEqual({ itemId: 'a', title: 'Accueil', private: false });
    expect(section.toArray().map((child) => (child as Y.XmlElement).nodeName)).toEqual([MINUTES_NODES.paragraph]);
  });

  it('inserts a new item at its place, renames, and is idempotent', () => {
    const doc = new Y.Doc();
    followAgenda(doc, [{ id: 'a', title: 'A' }, { id: 'c', title: 'C' }]);
    followAgenda(doc, [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }, { id: 'c', title: 'C renamed' }]);
    expect(sectionIds(doc)).toEqual([GENERAL_SECTION_ID, 'a', 'b', 'c']);
    expect(titles(doc)).toEqual(['', 'A', 'B', 'C renamed']);

    let updates = 0;
    doc.on('update', () => updates++);
    followAgenda(doc, [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }, { id: 'c', title: 'C renamed' }]);
    expect(updates).toBe(0);
  });

  it('moves a section with its text, moving as few sections as possible', () => {
    const doc = new Y.Doc();
    followAgenda(doc, ['a', 'b', 'c', 'd'].map((id) => ({ id, title: id })));
    write(doc, 'd', 'notes of d');
    const origins: unknown[] = [];
    let deletedSections = 0;
    fragmentOf(doc).observe((event) => {
      origins.push(event.transaction.origin);
      deletedSections += event.changes.deleted.size;
    });
    followAgenda(doc, ['d', 'a', 'b', 'c'].map((id) => ({ id, title: id })));
    expect(sectionIds(doc)).toEqual([GENERAL_SECTION_ID, 'd', 'a', 'b', 'c']);
    expect(readMinutes(doc, 'm').sections[1]?.blocks).toEqual([{ type: 'note', text: 'notes of d', private: false }]);
    expect(deletedSections).toBe(1);
    expect(origins).toEqual([SERVER_ORIGIN]);
  });

  it('deletes the section of a removed item unless someone wrote in it', () => {
    const doc = new Y.Doc();
    followAgenda(doc, ['a', 'b', 'c'].map((id) => ({ id, title: `Item ${id}` })));
    write(doc, 'b', 'we discussed b');
    followAgenda(doc, [{ id: 'c', title: 'Item c' }]);
    expect(sectionIds(doc)).toEqual([GENERAL_SECTION_ID, 'b', 'c']);
    expect(titles(doc)).toEqual(['', 'Item b', 'Item c']);
  });

  it('converges when two servers-worth of changes meet (sections are plain Yjs)', () => {
    const doc = new Y.Doc();
    followAgenda(doc, [{ id: 'a', title: 'A' }]);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    write(copy, 'a', 'typed on a copy');
    followAgenda(doc, [{ id: 'a', title: 'A2' }]);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(copy));
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    expect(readMinutes(doc, 'm')).toEqual(readMinutes(copy, 'm'));
    expect(readMinutes(doc, 'm').sections[1]).toMatchObject({ title: 'A2', blocks: [{ text: 'typed on a copy' }] });
  });
});

describe('the template of a new meeting', () => {
  it('carries open questions and unfinished actions into the general section', () => {
    const previous = new Y.Doc();
    followAgenda(previous, [{ id: 'x', title: 'Old item' }]);
    const section = fragmentOf(previous).get(1) as Y.XmlElement;
    const block = (name: string, attrs: Record<string, string | boolean>, text: string) => {
      const element = new Y.XmlElement(name);
      for (const [key, value] of Object.entries(attrs)) element.setAttribute(key, value as string);
      element.insert(0, [new Y.XmlText(text)]);
      return element;
    };
    section.insert(1, [
      block(MINUTES_NODES.question, { private: false }, 'Who keeps the keys?'),
      block(MINUTES_NODES.action, { owner: 'Zoé', due: '2026-12-01', done: false, private: false }, 'Book the hall'),
      block(MINUTES_NODES.action, { owner: 'Yann', due: '', done: true, private: false }, 'Already done'),
      block(MINUTES_NODES.decision, { outcome: 'consensus' }, 'Not carried'),
    ]);

    const doc = new Y.Doc();
    writeTemplate(doc, [{ id: 'n', title: 'New item' }], looseEnds(readMinutes(previous, 'old')));
    const minutes = readMinutes(doc, 'new');
    expect(minutes.sections.map((s) => s.itemId)).toEqual([GENERAL_SECTION_ID, 'n']);
    expect(minutes.sections[0]?.blocks).toEqual([
      { type: 'question', text: 'Who keeps the keys?', private: false },
      { type: 'action', text: 'Book the hall', private: false, owner: 'Zoé', due: '2026-12-01', done: false },
    ]);
    // An empty paragraph to write in follows the carried blocks.
    expect((fragmentOf(doc).get(0) as Y.XmlElement).length).toBe(3);
  });
});
