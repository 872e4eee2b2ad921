import { describe, expect, it } from 'vitest';
import { StreamCounter } from './stream-counter.js';

describe('StreamCounter', () => {
  it('counts packets, bytes and the packets the sequence numbers say were sent', () => {
    const counter = new StreamCounter();
    for (const sequence of [100, 101, 103, 104]) counter.add(sequence, 1000);
    expect(counter.counts()).toEqual({ packets: 4, bytes: 4000, expected: 5 });
  });

  it('follows the 16-bit sequence number across its wrap-around', () => {
    const counter = new StreamCounter();
    for (const sequence of [65534, 65535, 0, 1]) counter.add(sequence, 10);
    expect(counter.counts().expected).toBe(4);
  });

  it('does not move backwards on a late (reordered or retransmitted) packet', () => {
    const counter = new StreamCounter();
    for (const sequence of [10, 12, 11]) counter.add(sequence, 10);
    expect(counter.counts()).toMatchObject({ packets: 3, expected: 3 });
  });
});
