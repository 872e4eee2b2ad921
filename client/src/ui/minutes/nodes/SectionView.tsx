import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { GENERAL_SECTION_ID } from '@palabre/shared';

/**
 * One agenda item's part of the minutes. Its heading is the item's title, which the server keeps
 * in step with the agenda: shown, never edited here (contentEditable false).
 */
export function SectionView({ node, updateAttributes }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const isPrivate = node.attrs.private === true;
  const title = node.attrs.itemId === GENERAL_SECTION_ID ? t('minutes.general') : String(node.attrs.title);
  return (
    <NodeViewWrapper
      as="section"
      className={isPrivate ? 'minutes-section minutes-section--private' : 'minutes-section'}
      aria-labelledby={headingId}
    >
      <div className="minutes-section__header" contentEditable={false}>
        <h3 id={headingId} className="minutes-section__title">
          {title}
        </h3>
        <button
          type="button"
          className="minutes-chip"
          aria-pressed={isPrivate}
          onClick={() => updateAttributes({ private: !isPrivate })}
        >
          {t('minutes.privateSection')}
        </button>
      </div>
      <NodeViewContent className="minutes-section__blocks" />
    </NodeViewWrapper>
  );
}
