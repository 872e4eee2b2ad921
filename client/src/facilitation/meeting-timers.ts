import type { AgendaItem, MeetingState, Speaker } from '@palabre/shared';

/*
 * The meeting's clocks, computed from the server's clock (see server-clock.ts): the current
 * item's countdown, the floor holder's time and the meeting's total against its plan. Pure
 * functions of the state and "now", so every screen computes the same figures.
 *
 * Everything counts whole seconds of time spent (rounded down), so a countdown starts at the
 * full time box ("5:00"), reaches "0:00" when the box is used up, and then counts the overtime.
 */

const SECOND = 1_000;
const MINUTE = 60 * SECOND;

export type ItemTimer =
  /** Time left in the time box, 0 included. */
  | { kind: 'countdown'; remainingMs: number }
  /** The time box is used up: by how much it is exceeded. */
  | { kind: 'overtime'; overMs: number }
  /** No time box: how long the item has run. */
  | { kind: 'elapsed'; elapsedMs: number };

/** Time spent on an item: earlier stretches, plus the running one if it is current. */
export function itemSpentMs(item: AgendaItem, currentItemSince: number | null, now: number): number {
  const running = item.status === 'current' && currentItemSince !== null ? Math.max(0, now - currentItemSince) : 0;
  return item.spentMs + running;
}

export function itemTimer(item: AgendaItem, currentItemSince: number | null, now: number): ItemTimer {
  const spentSeconds = wholeSeconds(itemSpentMs(item, currentItemSince, now));
  if (item.durationMinutes === null) return { kind: 'elapsed', elapsedMs: spentSeconds * SECOND };
  const remainingSeconds = (item.durationMinutes * MINUTE) / SECOND - spentSeconds;
  return remainingSeconds >= 0
    ? { kind: 'countdown', remainingMs: remainingSeconds * SECOND }
    : { kind: 'overtime', overMs: -remainingSeconds * SECOND };
}

/** The plan: the sum of the time boxes (items without one count for nothing). */
export function plannedTotalMs(agenda: readonly AgendaItem[]): number {
  return agenda.reduce((total, item) => total + (item.durationMinutes ?? 0) * MINUTE, 0);
}

/** How long the meeting has run since the first person joined; null before. */
export function meetingElapsedMs(meeting: Pick<MeetingState, 'startedAt'>, now: number): number | null {
  return meeting.startedAt === null ? null : wholeSeconds(now - meeting.startedAt) * SECOND;
}

export interface FloorTimer {
  elapsedMs: number;
  limitMs: number | null;
  /** Beyond the per-speaker limit; 0 within it or with no limit. */
  overMs: number;
}

export function floorTimer(speaker: Pick<Speaker, 'since'>, limitSeconds: number | null, now: number): FloorTimer {
  const elapsedMs = wholeSeconds(now - speaker.since) * SECOND;
  const limitMs = limitSeconds === null ? null : limitSeconds * SECOND;
  return { elapsedMs, limitMs, overMs: limitMs === null ? 0 : Math.max(0, elapsedMs - limitMs) };
}

/** "0:42", "12:03", "1:02:03": minutes without a leading zero, hours only when needed. */
export function formatClock(ms: number): string {
  const total = wholeSeconds(ms);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

/**
 * How long until a clock that has run `elapsedMs` shows its next second: timers re-render then,
 * on the second boundary of the server's clock, so all screens change at the same moment.
 */
export function msUntilNextSecond(elapsedMs: number): number {
  const into = ((elapsedMs % SECOND) + SECOND) % SECOND;
  return SECOND - into;
}

/** Whole seconds, never negative (a clock a little ahead of the server is not "-0:01"). */
function wholeSeconds(ms: number): number {
  return Math.max(0, Math.floor(ms / SECOND));
}
