/**
 * Cursor colours, dark enough for white names on them (contrast above 4.5:1) and far enough
 * apart to tell two people apart. Shown through classes (minutes-colour-N in minutes.css): the
 * CSP allows no style attribute, and a colour sent by another client is never trusted as CSS.
 */
export const CURSOR_COLOURS = ['#b3261e', '#1d5fa8', '#2e6b30', '#7a3e9d', '#9a4a00', '#00695c', '#a3195b', '#4e5a12'] as const;

/** The same person gets the same colour on every screen: it is derived from their peer id. */
export function personColour(peerId: string): string {
  let hash = 0;
  for (const char of peerId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return CURSOR_COLOURS[hash % CURSOR_COLOURS.length]!;
}

/** The class showing a colour of the palette; anything else gets the neutral one. */
export function colourClass(colour: unknown): string {
  const index = CURSOR_COLOURS.indexOf(colour as (typeof CURSOR_COLOURS)[number]);
  return index === -1 ? 'minutes-colour-none' : `minutes-colour-${index}`;
}
