import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';

/** The sections in order, by agenda item: what only the server may change. */
export function sectionKeys(doc: ProseMirrorNode): string[] {
  const keys: string[] = [];
  doc.forEach((section) => keys.push(String(section.attrs.itemId)));
  return keys;
}

export function sameSections(before: ProseMirrorNode, after: ProseMirrorNode): boolean {
  const a = sectionKeys(before);
  const b = sectionKeys(after);
  return a.length === b.length && a.every((key, index) => key === b[index]);
}

/** Changes that arrive from the Y.Doc (other people, the server, undo) are never refused. */
function fromYjs(transaction: Transaction): boolean {
  return transaction.getMeta(ySyncPluginKey) !== undefined;
}

/**
 * Sections follow the agenda and the server keeps them in step: a selection across two
 * sections deleted, or a section pasted, would merge, drop or duplicate one. Such an edit is
 * refused here; within a section everything is allowed.
 */
export const SectionGuard = Extension.create({
  name: 'minutesSectionGuard',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('minutesSectionGuard'),
        filterTransaction: (transaction, state) =>
          !transaction.docChanged || fromYjs(transaction) || sameSections(state.doc, transaction.doc),
      }),
    ];
  },
});
