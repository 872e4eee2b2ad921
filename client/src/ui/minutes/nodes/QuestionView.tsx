import type { ReactNodeViewProps } from '@tiptap/react';
import { BlockFrame } from './BlockFrame';

/** A question the meeting leaves open, for later. */
export function QuestionView({ node }: ReactNodeViewProps) {
  return <BlockFrame kind="question" isPrivate={node.attrs.private === true} />;
}
