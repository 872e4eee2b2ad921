/*
 * The server's clock as seen from this page. Every MeetingState carries `serverTime`, the
 * server's clock when it was sent; timers are computed on the server's clock so that every
 * screen shows the same countdown, whatever its own clock says, and is right again after a
 * reconnection.
 *
 * One sample, `serverTime - receivedAt`, is early by the message's travel time, never late. So
 * the largest sample is the best one (the fastest message), as NTP keeps its lowest-delay sample.
 * A best sample is kept for a minute only: this machine's clock may be corrected meanwhile.
 */

export interface ClockOffset {
  /** Add to Date.now() to read the server's clock. */
  offsetMs: number;
  /** Local time of the sample, to let it expire. */
  sampledAt: number;
}

export const OFFSET_SAMPLE_LIFETIME_MS = 60_000;

/** The offset a message gives: its server time minus the local time it arrived. */
export function offsetSample(serverTime: number, receivedAt: number): ClockOffset {
  return { offsetMs: serverTime - receivedAt, sampledAt: receivedAt };
}

/** Keeps the better of the current estimate and a new sample (null: no estimate yet). */
export function betterOffset(current: ClockOffset | null, sample: ClockOffset): ClockOffset {
  if (current === null) return sample;
  if (sample.sampledAt - current.sampledAt > OFFSET_SAMPLE_LIFETIME_MS) return sample;
  return sample.offsetMs > current.offsetMs ? sample : current;
}

export function serverNow(offset: ClockOffset | null, localNow: number): number {
  return localNow + (offset?.offsetMs ?? 0);
}
