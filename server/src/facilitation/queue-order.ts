import type { QueueEntry } from '@palabre/shared';

/**
 * The order in which people get the floor: direct replies to the current point first, then —
 * in fair mode — those who have not spoken yet on this item, then by the time they raised
 * their hand. Ties fall back to the id so every screen shows the same order.
 */
export function orderQueue(queue: readonly QueueEntry[], spoken: ReadonlySet<string>, fairMode: boolean): QueueEntry[] {
  const rank = (entry: QueueEntry) => [entry.reply ? 0 : 1, fairMode && spoken.has(entry.peerId) ? 1 : 0, entry.raisedAt] as const;
  return [...queue].sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
    return a.peerId < b.peerId ? -1 : a.peerId > b.peerId ? 1 : 0;
  });
}
