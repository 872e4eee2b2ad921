import type { Editor } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EditorState } from '@tiptap/pm/state';
import { MINUTES_NODES } from '@palabre/shared';
import { BLOCK_GROUP, type TypedBlockName } from './schema';

export interface CurrentBlock {
  node: ProseMirrorNode;
  pos: number;
}

/** The block (note, decision, action, question) holding the start of the selection. */
export function currentBlock(state: EditorState): CurrentBlock | null {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    const node = $from.node(depth);
    if (node.type.spec.group === BLOCK_GROUP) return { node, pos: $from.before(depth) };
  }
  return null;
}

/** Turns the current block into `type`, or back into a note if it already is one; privacy stays. */
export function toggleBlockType(editor: Editor, type: TypedBlockName): boolean {
  const block = currentBlock(editor.state);
  if (!block) return false;
  const target = block.node.type.name === type ? MINUTES_NODES.paragraph : type;
  return editor.chain().focus().setNode(target, { private: block.node.attrs.private === true }).run();
}

/** Marks the current block private (never published), or public again. */
export function togglePrivateBlock(editor: Editor): boolean {
  const block = currentBlock(editor.state);
  if (!block) return false;
  const { pos, node } = block;
  return editor
    .chain()
    .focus()
    .command(({ tr }) => {
      tr.setNodeAttribute(pos, 'private', node.attrs.private !== true);
      return true;
    })
    .run();
}
