import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection, type Transaction } from '@tiptap/pm/state';
import { relativePositionToAbsolutePosition, ySyncPluginKey, type ProsemirrorBinding } from '@tiptap/y-tiptap';

interface SyncChange {
  isChangeOrigin?: boolean;
  isUndoRedoOperation?: boolean;
}

/** A change someone else made, applied from the Y.Doc (not our own undo or redo). */
function isRemoteChange(transaction: Transaction): boolean {
  const change = transaction.getMeta(ySyncPluginKey) as SyncChange | undefined;
  return transaction.docChanged && change?.isChangeOrigin === true && !change.isUndoRedoOperation;
}

/** What the binding keeps of our selection while a Yjs transaction runs (relative positions). */
interface RelativeSelection {
  type: string;
  anchor: unknown;
  head: unknown;
}

/**
 * Works around @tiptap/y-tiptap 3.0.9 (tiptap issues #7213 and #7332): when someone else types
 * in the paragraph our caret is in, the binding's "misresolved after a structural change" check
 * sees the paragraph's text differ and puts our caret back at its old offset, so our next
 * keystroke lands before the previous one ("Bob" becomes "boB"). The Yjs relative position the
 * binding saved before the change is right: the selection is put back where it says.
 */
export const KeepCaret = Extension.create({
  name: 'minutesKeepCaret',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('minutesKeepCaret'),
        appendTransaction: (transactions, _before, state) => {
          if (!transactions.some(isRemoteChange) || !(state.selection instanceof TextSelection)) return null;
          const binding = (ySyncPluginKey.getState(state) as { binding?: ProsemirrorBinding } | undefined)?.binding;
          // Saved when the Yjs transaction began; cleared once it is over (we run inside it).
          const saved = (binding as unknown as { beforeTransactionSelection: RelativeSelection | null } | undefined)
            ?.beforeTransactionSelection;
          if (!binding || !saved || saved.type !== 'text') return null;
          const anchor = relativePositionToAbsolutePosition(binding.doc, binding.type, saved.anchor, binding.mapping);
          const head = relativePositionToAbsolutePosition(binding.doc, binding.type, saved.head, binding.mapping);
          if (anchor === null || head === null || anchor > state.doc.content.size || head > state.doc.content.size) return null;
          if (anchor === state.selection.anchor && head === state.selection.head) return null;
          const $anchor = state.doc.resolve(anchor);
          const $head = state.doc.resolve(head);
          if (!$anchor.parent.inlineContent || !$head.parent.inlineContent) return null;
          // Part of the same remote change: nothing to send, nothing to undo.
          return state.tr
            .setSelection(TextSelection.between($anchor, $head))
            .setMeta(ySyncPluginKey, { isChangeOrigin: true })
            .setMeta('addToHistory', false);
        },
      }),
    ];
  },
});
