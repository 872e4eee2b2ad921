import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NodeViewContent, NodeViewWrapper } from '@tiptap/react';

interface BlockFrameProps {
  kind: 'decision' | 'action' | 'question';
  isPrivate: boolean;
  /** The block's own fields (outcome, owner, due date...), beside its label. */
  children?: ReactNode;
}

/**
 * A typed block: a label saying what it is, its fields, then its text. The label and fields are
 * outside the editable text (contentEditable false); TipTap lets their inputs keep their events.
 */
export function BlockFrame({ kind, isPrivate, children }: BlockFrameProps) {
  const { t } = useTranslation();
  return (
    <NodeViewWrapper className={`minutes-block minutes-block--${kind}${isPrivate ? ' minutes-block--private' : ''}`}>
      <div className="minutes-block__meta" contentEditable={false}>
        <span className="minutes-block__kind">{t(`minutes.${kind}`)}</span>
        {isPrivate && <span className="minutes-block__private">{t('minutes.privateMark')}</span>}
        {children}
      </div>
      <NodeViewContent className="minutes-block__text" />
    </NodeViewWrapper>
  );
}
