import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isChangeOrigin } from '@tiptap/extension-collaboration';
import { EditorContent, useEditor } from '@tiptap/react';
import type { MinutesProvider } from '../../minutes/minutes-provider';
import { minutesEditorExtensions } from './editor-extensions';
import { MinutesToolbar } from './MinutesToolbar';

/** Our "typing" mark is renewed at most this often: one awareness message per keystroke is enough. */
const TYPING_RENEWAL_MS = 1_500;

function editorAttributes(label: string, id: string): Record<string, string> {
  return { id, role: 'textbox', 'aria-multiline': 'true', 'aria-label': label, class: 'minutes-editor__text', spellcheck: 'true' };
}

/** The shared minutes: a TipTap editor bound to the meeting's Y.Doc, with the others' cursors. */
export function MinutesEditor({ provider }: { provider: MinutesProvider }) {
  const { t } = useTranslation();
  const editorId = useId();
  const label = t('minutes.editor');
  const editor = useEditor(
    {
      extensions: minutesEditorExtensions(provider.doc, provider.awareness),
      // The CSP refuses inline <style>: ProseMirror's few needed rules are in minutes.css.
      injectCSS: false,
      editorProps: { attributes: editorAttributes(label, editorId) },
      // The toolbar reads what it needs with useEditorState; the rest never re-renders on a keystroke.
      shouldRerenderOnTransaction: false,
      onUpdate: ({ transaction }) => {
        if (isChangeOrigin(transaction)) return;
        const state = provider.awareness.getLocalState() as { typingAt?: number } | null;
        const now = Date.now();
        if (now - (state?.typingAt ?? 0) > TYPING_RENEWAL_MS) provider.awareness.setLocalStateField('typingAt', now);
      },
    },
    [provider],
  );

  // The language can change while the editor lives: its name follows.
  useEffect(() => {
    editor.setOptions({ editorProps: { attributes: editorAttributes(label, editorId) } });
  }, [editor, label, editorId]);

  return (
    <div className="minutes-editor">
      <MinutesToolbar editor={editor} editorId={editorId} />
      <EditorContent editor={editor} className="minutes-editor__scroll" />
      <p className="hint minutes-editor__hint">{t('minutes.shortcuts')}</p>
    </div>
  );
}
