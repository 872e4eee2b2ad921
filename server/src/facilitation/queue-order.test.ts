import { describe, expect, it } from 'vitest';
import { orderQueue } from './queue-order.js';

const entry = (peerId: string, raisedAt: number, reply = false) => ({ peerId, name: peerId, reply, raisedAt });

describe('speaking queue order', () => {
  const queue = [entry('carol', 30), entry('bob', 10), entry('dan', 20), entry('eve', 40, true)];

  it('puts direct replies first, then by the time hands were raised', () => {
    expect(orderQueue(queue, new Set(), false).map((e) => e.peerId)).toEqual(['eve', 'bob', 'dan', 'carol']);
  });

  it('in fair mode, lets those who have not spoken on this item go first', () => {
    expect(orderQueue(queue, new Set(['bob']), true).map((e) => e.peerId)).toEqual(['eve', 'dan', 'carol', 'bob']);
  });

  it('ignores who has spoken when fair mode is off', () => {
    expect(orderQueue(queue, new Set(['bob']), false).map((e) => e.peerId)).toEqual(['eve', 'bob', 'dan', 'carol']);
  });

  it('breaks ties the same way everywhere', () => {
    const tied = [entry('b', 5), entry('a', 5)];
    expect(orderQueue(tied, new Set(), false).map((e) => e.peerId)).toEqual(['a', 'b']);
  });
});
