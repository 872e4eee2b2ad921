import { describe, expect, it } from 'vitest';
import {
  addReaction,
  MAX_REACTIONS_PER_PERSON,
  nextExpiry,
  pruneReactions,
  REACTION_LIFETIME_MS,
  reactionsOf,
  type FloatingReaction,
} from './reactions';

const reaction = (id: number, peerId: string, at: number): FloatingReaction => ({ id, peerId, reaction: '👍', at });

describe('floating reactions', () => {
  it('stay for their lifetime, then fade out of the list', () => {
    const list = [reaction(1, 'a', 1_000), reaction(2, 'b', 2_500)];
    expect(pruneReactions(list, 1_000 + REACTION_LIFETIME_MS - 1)).toBe(list);
    expect(pruneReactions(list, 1_000 + REACTION_LIFETIME_MS)).toEqual([reaction(2, 'b', 2_500)]);
    expect(pruneReactions(list, 2_500 + REACTION_LIFETIME_MS)).toEqual([]);
  });

  it('tell when the next one expires, so the session prunes exactly then', () => {
    expect(nextExpiry([])).toBeNull();
    expect(nextExpiry([reaction(2, 'b', 2_500), reaction(1, 'a', 1_000)])).toBe(1_000 + REACTION_LIFETIME_MS);
  });

  it('keep a few per person: a burst drops that person’s oldest', () => {
    let list: FloatingReaction[] = [reaction(100, 'other', 0)];
    for (let id = 1; id <= MAX_REACTIONS_PER_PERSON + 2; id += 1) list = addReaction(list, reaction(id, 'a', id * 10));
    expect(reactionsOf(list, 'a').map((r) => r.id)).toEqual([3, 4, 5]);
    expect(reactionsOf(list, 'other')).toHaveLength(1);
  });

  it('drop expired ones when a new one arrives', () => {
    const list = addReaction([reaction(1, 'a', 0)], reaction(2, 'b', REACTION_LIFETIME_MS + 1));
    expect(list.map((r) => r.id)).toEqual([2]);
  });
});
