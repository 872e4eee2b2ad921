import type { AnyExtension } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import { ReactNodeViewRenderer } from '@tiptap/react';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { MINUTES_FRAGMENT } from '@palabre/shared';
import { minutesSchemaExtensions } from '../../minutes/editor/extensions';
import { KeepCaret } from '../../minutes/editor/keep-caret';
import { RemoteCursors } from '../../minutes/editor/remote-cursors';
import { ActionNode, AgendaSectionNode, DecisionNode, OpenQuestionNode } from '../../minutes/editor/schema';
import { ActionView } from './nodes/ActionView';
import { DecisionView } from './nodes/DecisionView';
import { QuestionView } from './nodes/QuestionView';
import { SectionView } from './nodes/SectionView';

/** The schema with its React views, bound to one meeting's Y.Doc and awareness. */
export function minutesEditorExtensions(doc: Y.Doc, awareness: Awareness): AnyExtension[] {
  return [
    ...minutesSchemaExtensions({
      section: AgendaSectionNode.extend({ addNodeView: () => ReactNodeViewRenderer(SectionView, { as: 'div' }) }),
      decision: DecisionNode.extend({ addNodeView: () => ReactNodeViewRenderer(DecisionView) }),
      action: ActionNode.extend({ addNodeView: () => ReactNodeViewRenderer(ActionView) }),
      question: OpenQuestionNode.extend({ addNodeView: () => ReactNodeViewRenderer(QuestionView) }),
    }),
    Collaboration.configure({ document: doc, field: MINUTES_FRAGMENT }),
    KeepCaret,
    RemoteCursors.configure({ awareness }),
  ];
}
