import { expect, type Locator, type Page } from '@playwright/test';

/** The minutes editor: a text box named "Minutes" ("Compte-rendu" in French). */
export function minutesEditor(page: Page, name = 'Minutes'): Locator {
  return page.getByRole('textbox', { name, exact: true });
}

/** Opens the minutes from the call controls and waits for the synced editor. */
export async function openMinutes(page: Page, name = 'Minutes'): Promise<Locator> {
  await page.getByRole('button', { name, exact: true }).click();
  const editor = minutesEditor(page, name);
  await expect(editor).toBeVisible();
  return editor;
}

/** A section of the minutes, by its heading (the agenda item's title). */
export function minutesSection(page: Page, title: string): Locator {
  return minutesEditor(page).getByRole('region', { name: title, exact: true });
}

/**
 * The written text only, one line per block: the others' cursor names and the blocks' labels
 * and fields are left out, so two screens of the same document read the same.
 */
export function minutesText(page: Page): Promise<string> {
  return minutesEditor(page).evaluate((editor) => {
    const copy = editor.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[contenteditable="false"], .minutes-cursor').forEach((element) => element.remove());
    return Array.from(copy.querySelectorAll('p, .minutes-block__text'), (block) => block.textContent ?? '').join('\n');
  });
}

/**
 * Resolves with the time (ms since the epoch) at which `text` first shows in the page's editor.
 * Started before the other person types; a MutationObserver, not a poll, so the figure is exact.
 */
export function whenTextShows(page: Page, text: string): Promise<number> {
  return minutesEditor(page).evaluate(
    (editor, wanted) =>
      new Promise<number>((resolve) => {
        const seen = () => (editor.textContent ?? '').includes(wanted);
        if (seen()) return resolve(Date.now());
        const observer = new MutationObserver(() => {
          if (!seen()) return;
          observer.disconnect();
          resolve(Date.now());
        });
        observer.observe(editor, { subtree: true, childList: true, characterData: true });
      }),
    text,
  );
}

/**
 * Runs in the page before the app loads (an init script): keeps every WebSocket the page opens
 * in `window.__webSockets`, so a test can see whether one survives a network cut.
 */
export function recordWebSockets(): void {
  const Native = window.WebSocket;
  const sockets: WebSocket[] = [];
  (window as unknown as { __webSockets: WebSocket[] }).__webSockets = sockets;
  window.WebSocket = class extends Native {
    constructor(...args: ConstructorParameters<typeof WebSocket>) {
      super(...args);
      sockets.push(this);
    }
  } as typeof WebSocket;
}

/** How many WebSockets the page opened, and how many of them are open now. */
export function webSocketCounts(page: Page): Promise<{ opened: number; open: number }> {
  return page.evaluate(() => {
    const sockets = (window as unknown as { __webSockets: WebSocket[] }).__webSockets;
    return { opened: sockets.length, open: sockets.filter((socket) => socket.readyState === WebSocket.OPEN).length };
  });
}

/**
 * Closes the page's open WebSockets, as the end of a ping timeout would after a real cut: the
 * browser's offline emulation stops new connections but may leave an established one open.
 */
export function dropWebSockets(page: Page): Promise<void> {
  return page.evaluate(() => {
    for (const socket of (window as unknown as { __webSockets: WebSocket[] }).__webSockets) {
      if (socket.readyState === WebSocket.OPEN) socket.close(4000, 'network cut (test)');
    }
  });
}

/** Puts the caret at the end of the first block of a section. */
export async function writeAtEnd(page: Page, section: string): Promise<void> {
  await minutesSection(page, section).locator('p').first().click();
  await page.keyboard.press('End');
}
