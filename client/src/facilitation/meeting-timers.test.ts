import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '@palabre/shared';
import {
  floorTimer,
  formatClock,
  itemSpentMs,
  itemTimer,
  meetingElapsedMs,
  msUntilNextSecond,
  plannedTotalMs,
} from './meeting-timers';
import { offsetSample, serverNow } from './server-clock';

const item = (overrides: Partial<AgendaItem> = {}): AgendaItem => ({
  id: 'i1',
  title: 'Tour de table',
  owner: null,
  durationMinutes: 5,
  status: 'current',
  spentMs: 0,
  proposedBy: 'Alice',
  ...overrides,
});

describe('item timer', () => {
  it('counts down from the full time box', () => {
    expect(itemTimer(item(), 1_000, 1_000)).toEqual({ kind: 'countdown', remainingMs: 300_000 });
    // 0.4 s in: still 5:00, the first second is not over.
    expect(itemTimer(item(), 1_000, 1_400)).toEqual({ kind: 'countdown', remainingMs: 300_000 });
    expect(itemTimer(item(), 1_000, 2_000)).toEqual({ kind: 'countdown', remainingMs: 299_000 });
  });

  it('adds the time spent in earlier stretches of the item', () => {
    const resumed = item({ spentMs: 120_000 });
    expect(itemSpentMs(resumed, 10_000, 40_000)).toBe(150_000);
    expect(itemTimer(resumed, 10_000, 40_000)).toEqual({ kind: 'countdown', remainingMs: 150_000 });
  });

  it('reaches 0:00 at the end of the box, then counts the overtime', () => {
    expect(itemTimer(item(), 0, 300_000)).toEqual({ kind: 'countdown', remainingMs: 0 });
    expect(itemTimer(item(), 0, 365_500)).toEqual({ kind: 'overtime', overMs: 65_000 });
  });

  it('shows the time elapsed on an item with no time box', () => {
    expect(itemTimer(item({ durationMinutes: null, spentMs: 2_000 }), 0, 42_700)).toEqual({ kind: 'elapsed', elapsedMs: 44_000 });
  });

  it('stops counting an item that is not current', () => {
    expect(itemSpentMs(item({ status: 'done', spentMs: 90_000 }), 0, 1_000_000)).toBe(90_000);
  });

  it('never shows a negative time when this clock is a little ahead of the server', () => {
    expect(itemTimer(item({ durationMinutes: null }), 10_000, 9_800)).toEqual({ kind: 'elapsed', elapsedMs: 0 });
  });

  it('agrees between two screens whose clocks differ, once corrected by the offset', () => {
    const since = 1_000_000;
    const current = item({ durationMinutes: 10 });
    // Screen A runs 3 s behind the server, screen B 7 s ahead; both got a state at server time 1_030_000.
    const a = offsetSample(1_030_000, 1_027_000);
    const b = offsetSample(1_030_000, 1_037_000);
    const atA = itemTimer(current, since, serverNow(a, 1_047_500));
    const atB = itemTimer(current, since, serverNow(b, 1_057_500));
    expect(atA).toEqual(atB);
    expect(atA).toEqual({ kind: 'countdown', remainingMs: 550_000 });
  });
});

describe('meeting totals', () => {
  it('plans the sum of the time boxes', () => {
    expect(plannedTotalMs([item({ durationMinutes: 10 }), item({ durationMinutes: null }), item({ durationMinutes: 25 })])).toBe(
      35 * 60_000,
    );
    expect(plannedTotalMs([])).toBe(0);
  });

  it('runs from the first arrival', () => {
    expect(meetingElapsedMs({ startedAt: null }, 5_000)).toBeNull();
    expect(meetingElapsedMs({ startedAt: 1_000 }, 62_999)).toBe(61_000);
  });
});

describe('floor timer', () => {
  it('counts up, with no overtime when there is no limit', () => {
    expect(floorTimer({ since: 0 }, null, 42_300)).toEqual({ elapsedMs: 42_000, limitMs: null, overMs: 0 });
  });

  it('counts the time beyond the per-speaker limit', () => {
    expect(floorTimer({ since: 0 }, 60, 59_000)).toEqual({ elapsedMs: 59_000, limitMs: 60_000, overMs: 0 });
    expect(floorTimer({ since: 0 }, 60, 125_000)).toEqual({ elapsedMs: 125_000, limitMs: 60_000, overMs: 65_000 });
  });
});

describe('formatClock', () => {
  it('writes m:ss, and h:mm:ss past an hour', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(42_900)).toBe('0:42');
    expect(formatClock(65_000)).toBe('1:05');
    expect(formatClock(12 * 60_000 + 3_000)).toBe('12:03');
    expect(formatClock(3_723_000)).toBe('1:02:03');
    expect(formatClock(-5_000)).toBe('0:00');
  });
});

describe('msUntilNextSecond', () => {
  it('waits for the next whole second of the elapsed time', () => {
    expect(msUntilNextSecond(0)).toBe(1_000);
    expect(msUntilNextSecond(42_250)).toBe(750);
    expect(msUntilNextSecond(-200)).toBe(200);
  });
});
