import { useTranslation } from 'react-i18next';
import type { ReactNodeViewProps } from '@tiptap/react';
import { BlockFrame } from './BlockFrame';

/** Something to do: its text says what, the fields say who and by when, and whether it is done. */
export function ActionView({ node, updateAttributes }: ReactNodeViewProps) {
  const { t } = useTranslation();
  return (
    <BlockFrame kind="action" isPrivate={node.attrs.private === true}>
      <input
        className="minutes-field minutes-field--owner"
        type="text"
        aria-label={t('minutes.owner')}
        placeholder={t('minutes.owner')}
        maxLength={80}
        value={String(node.attrs.owner ?? '')}
        onChange={(event) => updateAttributes({ owner: event.target.value })}
      />
      <input
        className="minutes-field"
        type="date"
        aria-label={t('minutes.due')}
        value={String(node.attrs.due ?? '')}
        onChange={(event) => updateAttributes({ due: event.target.value })}
      />
      <label className="minutes-check">
        <input type="checkbox" checked={node.attrs.done === true} onChange={(event) => updateAttributes({ done: event.target.checked })} />
        {t('minutes.done')}
      </label>
    </BlockFrame>
  );
}
