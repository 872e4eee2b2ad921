import type { Reaction } from '@palabre/shared';

/*
 * Reactions float over the sender's tile for a few seconds, then go. They are never stored:
 * this is the list of those still in the air, as plain data, pruned by the meeting session
 * when the oldest expires. The fade itself is CSS (and stays still with prefers-reduced-motion).
 */

export interface FloatingReaction {
  /** Unique on this page, for React keys. */
  id: number;
  peerId: string;
  reaction: Reaction;
  /** Local time it arrived. */
  at: number;
}

/** How long a reaction stays on screen; the CSS animation lasts as long (see meeting-marks.css). */
export const REACTION_LIFETIME_MS = 4_000;
/** A few at once per person is enough to read; a burst of clicks does not cover the tile. */
export const MAX_REACTIONS_PER_PERSON = 3;

export function addReaction(list: readonly FloatingReaction[], reaction: FloatingReaction): FloatingReaction[] {
  const live = pruneReactions(list, reaction.at);
  const mine = live.filter((existing) => existing.peerId === reaction.peerId);
  const drop = new Set(mine.slice(0, Math.max(0, mine.length - MAX_REACTIONS_PER_PERSON + 1)).map((old) => old.id));
  return [...live.filter((existing) => !drop.has(existing.id)), reaction];
}

/** Those still in the air at `now`; the same array when nothing expired. */
export function pruneReactions(list: readonly FloatingReaction[], now: number): readonly FloatingReaction[] {
  const live = list.filter((reaction) => now - reaction.at < REACTION_LIFETIME_MS);
  return live.length === list.length ? list : live;
}

/** When the next one expires (local time); null when none is in the air. */
export function nextExpiry(list: readonly FloatingReaction[]): number | null {
  if (list.length === 0) return null;
  return Math.min(...list.map((reaction) => reaction.at)) + REACTION_LIFETIME_MS;
}

export function reactionsOf(list: readonly FloatingReaction[], peerId: string): FloatingReaction[] {
  return list.filter((reaction) => reaction.peerId === peerId);
}
