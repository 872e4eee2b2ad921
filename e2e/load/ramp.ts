/** The ramp stops once two consecutive steps fail to hold: a bigger room will not do better. */
export function rampShouldStop(holds: boolean[]): boolean {
  return holds.length >= 2 && !holds.at(-1) && !holds.at(-2);
}

/** The largest room that held, or null when none did. */
export function largestHolding(steps: { participants: number; holds: boolean }[]): number | null {
  const held = steps.filter((step) => step.holds).map((step) => step.participants);
  return held.length ? Math.max(...held) : null;
}
