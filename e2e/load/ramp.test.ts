import { describe, expect, it } from 'vitest';
import { largestHolding, rampShouldStop } from './ramp.js';

describe('ramp', () => {
  it('stops after two consecutive failures only', () => {
    expect(rampShouldStop([true, false])).toBe(false);
    expect(rampShouldStop([false, true, false])).toBe(false);
    expect(rampShouldStop([true, false, false])).toBe(true);
  });

  it('reports the largest room that held, even before a failure', () => {
    expect(largestHolding([{ participants: 5, holds: true }, { participants: 10, holds: false }, { participants: 15, holds: true }])).toBe(15);
    expect(largestHolding([{ participants: 5, holds: false }])).toBeNull();
  });
});
