const MAX_DELAY_MS = 3_600_000;

/**
 * Delay before attempt `failures + 1`: the base doubled at each failure, at most an hour, with
 * ±20 % jitter so that many deliveries failing together (a target down) do not retry in step.
 */
export function backoffMs(failures: number, baseMs: number, random: () => number = Math.random): number {
  const delay = Math.min(MAX_DELAY_MS, baseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(delay * (0.8 + 0.4 * random()));
}
