import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { MINUTES_NODES } from '@palabre/shared';
import { currentBlock, toggleBlockType, togglePrivateBlock } from '../../minutes/editor/block-commands';
import type { TypedBlockName } from '../../minutes/editor/schema';

const TYPED_BLOCKS = [
  { type: MINUTES_NODES.decision, label: 'minutes.decision' },
  { type: MINUTES_NODES.action, label: 'minutes.action' },
  { type: MINUTES_NODES.question, label: 'minutes.question' },
] as const satisfies readonly { type: TypedBlockName; label: string }[];

/** Keeps the editor's selection: a click on a tool must not move the focus out of the text. */
const keepSelection = (event: MouseEvent) => event.preventDefault();

/** Turns the block at the cursor into a decision, an action or a question, or marks it private. */
export function MinutesToolbar({ editor, editorId }: { editor: Editor; editorId: string }) {
  const { t } = useTranslation();
  const current = useEditorState({
    editor,
    selector: ({ editor: watched }) => {
      const block = currentBlock(watched.state);
      return { type: block?.node.type.name ?? null, private: block?.node.attrs.private === true };
    },
  });
  const disabled = current.type === null;
  return (
    <div className="minutes-toolbar" role="group" aria-label={t('minutes.tools')}>
      {TYPED_BLOCKS.map(({ type, label }) => (
        <button
          key={type}
          type="button"
          className="minutes-toolbar__button"
          aria-pressed={current.type === type}
          aria-controls={editorId}
          disabled={disabled}
          onMouseDown={keepSelection}
          onClick={() => toggleBlockType(editor, type)}
        >
          {t(label)}
        </button>
      ))}
      <button
        type="button"
        className="minutes-toolbar__button minutes-toolbar__button--private"
        aria-pressed={current.private}
        aria-controls={editorId}
        disabled={disabled}
        onMouseDown={keepSelection}
        onClick={() => togglePrivateBlock(editor)}
      >
        {t('minutes.private')}
      </button>
    </div>
  );
}
