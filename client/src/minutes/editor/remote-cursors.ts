import { Extension } from '@tiptap/core';
import { yCursorPlugin } from '@tiptap/y-tiptap';
import type { Awareness } from 'y-protocols/awareness';
import { colourClass } from '../person-colour';

interface CursorUser {
  name?: unknown;
  color?: unknown;
}

/** A caret in the person's colour with their name above it (the names are listed for screen readers). */
function buildCursor(user: CursorUser): HTMLElement {
  const caret = document.createElement('span');
  caret.className = `minutes-cursor ${colourClass(user.color)}`;
  caret.setAttribute('aria-hidden', 'true');
  const label = document.createElement('span');
  label.className = 'minutes-cursor__name';
  label.textContent = typeof user.name === 'string' ? user.name : '';
  caret.append(label);
  return caret;
}

function buildSelection(user: CursorUser) {
  return { class: `minutes-selection ${colourClass(user.color)}` };
}

/**
 * The others' cursors and selections, from the provider's awareness. TipTap 3.34 has no
 * collaboration-caret extension, so this wraps the binding's own yCursorPlugin.
 */
export const RemoteCursors = Extension.create<{ awareness: Awareness | null }>({
  name: 'minutesRemoteCursors',
  addOptions() {
    return { awareness: null };
  },
  addProseMirrorPlugins() {
    const { awareness } = this.options;
    if (!awareness) return [];
    return [yCursorPlugin(awareness, { cursorBuilder: buildCursor, selectionBuilder: buildSelection })];
  },
});
