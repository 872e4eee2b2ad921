import * as Y from 'yjs';
import { GENERAL_SECTION_ID, MINUTES_FRAGMENT, MINUTES_NODES, type AgendaItem } from '@palabre/shared';

/** The origin of every change the server makes itself, so its own updates are recognisable. */
export const SERVER_ORIGIN = 'palabre:server';

export type AgendaHeading = Pick<AgendaItem, 'id' | 'title'>;

/*
 * Keeps the minutes' sections in step with the agenda: one section per item in agenda order,
 * after the general section. Idempotent: it compares what is there with what should be and
 * changes only the difference, so it can run on every agenda change, and on load to catch up
 * with changes made while nobody had the minutes open.
 */
export function followAgenda(doc: Y.Doc, agenda: readonly AgendaHeading[]): void {
  doc.transact(() => {
    const fragment = doc.getXmlFragment(MINUTES_FRAGMENT);
    const general = ensureGeneralFirst(fragment);
    const sections = matchSections(fragment, agenda);
    const staying = longestOrderedRun(fragment, agenda, sections);
    let previous = general;
    for (const item of agenda) {
      let section = sections.get(item.id);
      if (!section) section = insertAfter(fragment, previous, newSection(item.id, item.title));
      else if (!staying.has(item.id)) section = moveAfter(fragment, previous, section);
      if (section.getAttribute('title') !== item.title) section.setAttribute('title', item.title);
      previous = section;
    }
  }, SERVER_ORIGIN);
}

/** `<agendaSection itemId title private><paragraph/></agendaSection>`: a section always holds a block. */
export function newSection(itemId: string, title: string, blocks: Y.XmlElement[] = []): Y.XmlElement {
  const section = new Y.XmlElement(MINUTES_NODES.section);
  section.setAttribute('itemId', itemId);
  section.setAttribute('title', title);
  section.setAttribute('private', false as unknown as string);
  section.insert(0, blocks.length > 0 ? blocks : [new Y.XmlElement(MINUTES_NODES.paragraph)]);
  return section;
}

export function isSection(node: unknown): node is Y.XmlElement {
  return node instanceof Y.XmlElement && node.nodeName === MINUTES_NODES.section;
}

function ensureGeneralFirst(fragment: Y.XmlFragment): Y.XmlElement {
  const general = fragment.toArray().find((node) => isSection(node) && node.getAttribute('itemId') === GENERAL_SECTION_ID);
  if (!general) return insertAt(fragment, 0, newSection(GENERAL_SECTION_ID, ''));
  return fragment.get(0) === general ? (general as Y.XmlElement) : moveTo(fragment, 0, general as Y.XmlElement);
}

/**
 * The section of each agenda item. A section whose item left the agenda (or a duplicate) is
 * deleted when nobody wrote in it, and kept under its last title when somebody did: removing an
 * item from the agenda must never delete words.
 */
function matchSections(fragment: Y.XmlFragment, agenda: readonly AgendaHeading[]): Map<string, Y.XmlElement> {
  const wanted = new Set(agenda.map((item) => item.id));
  const sections = new Map<string, Y.XmlElement>();
  for (const node of fragment.toArray()) {
    if (!isSection(node)) continue;
    const itemId = String(node.getAttribute('itemId') ?? '');
    if (itemId === GENERAL_SECTION_ID) continue;
    if (wanted.has(itemId) && !sections.has(itemId)) sections.set(itemId, node);
    else if (!hasWords(node)) fragment.delete(indexOf(fragment, node), 1);
  }
  return sections;
}

/**
 * The items whose sections can stay where they are: the longest run already in agenda order.
 * Every other section moves, and a move is a copy (see moveAfter), so moving as few as possible
 * keeps the most of what is being typed.
 */
function longestOrderedRun(
  fragment: Y.XmlFragment,
  agenda: readonly AgendaHeading[],
  sections: Map<string, Y.XmlElement>,
): Set<string> {
  const order = fragment.toArray();
  const present = agenda.flatMap((item) => {
    const section = sections.get(item.id);
    return section ? [{ id: item.id, at: order.indexOf(section) }] : [];
  });
  // O(n²) longest increasing subsequence: agendas have tens of items, not thousands.
  const length = present.map(() => 1);
  const before = present.map(() => -1);
  for (let i = 0; i < present.length; i++) {
    for (let j = 0; j < i; j++) {
      if (present[j]!.at < present[i]!.at && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1;
        before[i] = j;
      }
    }
  }
  const staying = new Set<string>();
  let at = length.indexOf(Math.max(0, ...length));
  while (at !== -1) {
    staying.add(present[at]!.id);
    at = before[at]!;
  }
  return staying;
}

/**
 * Yjs cannot move an element: the section is copied to its new place and the old one deleted.
 * A keystroke typed into that section by someone else in the same instant lands in the deleted
 * copy and is lost. Acceptable: a move is a rare facilitator action, the window is one network
 * round trip, and the person sees their text vanish and retypes it; the alternative (a moving
 * list type) would change the document model the editor binds to.
 */
function moveAfter(fragment: Y.XmlFragment, previous: Y.XmlElement, section: Y.XmlElement): Y.XmlElement {
  const copy = section.clone();
  fragment.delete(indexOf(fragment, section), 1);
  return insertAfter(fragment, previous, copy);
}

function moveTo(fragment: Y.XmlFragment, index: number, section: Y.XmlElement): Y.XmlElement {
  const copy = section.clone();
  fragment.delete(indexOf(fragment, section), 1);
  return insertAt(fragment, index, copy);
}

function insertAfter(fragment: Y.XmlFragment, previous: Y.XmlElement, section: Y.XmlElement): Y.XmlElement {
  return insertAt(fragment, indexOf(fragment, previous) + 1, section);
}

function insertAt(fragment: Y.XmlFragment, index: number, section: Y.XmlElement): Y.XmlElement {
  fragment.insert(index, [section]);
  return fragment.get(index) as Y.XmlElement;
}

function indexOf(fragment: Y.XmlFragment, node: Y.XmlElement | Y.XmlText): number {
  const index = fragment.toArray().indexOf(node);
  if (index === -1) throw new Error('section not in the minutes');
  return index;
}

/** Whether anyone wrote in this node (formatting alone does not count). */
export function hasWords(node: Y.XmlElement | Y.XmlText | Y.XmlHook): boolean {
  if (node instanceof Y.XmlText) {
    return (node.toDelta() as { insert: unknown }[]).some((op) => typeof op.insert !== 'string' || op.insert.trim() !== '');
  }
  if (node instanceof Y.XmlElement) return node.toArray().some((child) => hasWords(child));
  return false;
}
