import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { ActionNode, AgendaSectionNode, DecisionNode, MinutesDocument, NoteNode, OpenQuestionNode } from './schema';
import { SectionGuard } from './section-guard';

/**
 * Everything the minutes editor is made of except collaboration and views: the contract's
 * nodes, the inline marks of the starter kit with their Markdown input rules, and the guard.
 * Headings, lists, quotes and code blocks are left out: they are not in the contract, so no
 * reader would see them (and y-prosemirror deletes nodes a schema does not know).
 */
export function minutesSchemaExtensions(nodes: {
  section?: AnyExtension;
  decision?: AnyExtension;
  action?: AnyExtension;
  question?: AnyExtension;
} = {}): AnyExtension[] {
  return [
    MinutesDocument,
    nodes.section ?? AgendaSectionNode,
    NoteNode,
    nodes.decision ?? DecisionNode,
    nodes.action ?? ActionNode,
    nodes.question ?? OpenQuestionNode,
    StarterKit.configure({
      document: false,
      paragraph: false,
      heading: false,
      blockquote: false,
      bulletList: false,
      orderedList: false,
      listItem: false,
      listKeymap: false,
      codeBlock: false,
      horizontalRule: false,
      hardBreak: false,
      // Links would have to be opened from inside a call; plain text is enough for minutes.
      link: false,
      // The Yjs undo manager (Collaboration) undoes only our own edits; this one would undo anyone's.
      undoRedo: false,
      // It would append a block after the last section, which the schema has no room for.
      trailingNode: false,
    }),
    SectionGuard,
  ];
}
