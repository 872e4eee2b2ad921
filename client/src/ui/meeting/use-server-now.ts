import { useEffect, useReducer } from 'react';
import { serverNow, type ClockOffset } from '../../facilitation/server-clock';

/** A few ms past the boundary, so the next render lands in the new second, not just before it. */
const PAST_THE_BOUNDARY_MS = 15;

/**
 * The server's clock now. The component renders again after `nextChangeIn(now)` ms (the next
 * whole second of the timers it shows), so every screen moves its timers at the same moment.
 * null: nothing to count, no timer.
 */
export function useServerNow(clock: ClockOffset | null, nextChangeIn: (serverNow: number) => number | null): number {
  const [, tick] = useReducer((count: number) => count + 1, 0);
  const now = serverNow(clock, Date.now());
  const delay = nextChangeIn(now);
  useEffect(() => {
    if (delay === null) return;
    const timer = setTimeout(tick, delay + PAST_THE_BOUNDARY_MS);
    return () => clearTimeout(timer);
  });
  return now;
}
