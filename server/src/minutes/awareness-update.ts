/*
 * Reads a y-protocols awareness update without applying it: the server checks the bytes and
 * which clients they speak for before the shared Awareness sees them (applyAwarenessUpdate
 * changes states one by one, so a bad entry halfway would leave the first ones applied).
 * Format (y-protocols/awareness.js): varUint count, then per client varUint clientID,
 * varUint clock, varString JSON state.
 */

export interface AwarenessEntry {
  clientID: number;
  clock: number;
  state: unknown;
}

class Reader {
  private position = 0;
  constructor(private readonly bytes: Uint8Array) {}

  varUint(): number {
    let value = 0;
    let multiplier = 1;
    for (;;) {
      const byte = this.bytes[this.position++];
      if (byte === undefined) throw new Error('unexpected end of the update');
      value += (byte & 0x7f) * multiplier;
      if (byte < 0x80) return value;
      multiplier *= 128;
      if (multiplier > 2 ** 53) throw new Error('number out of range');
    }
  }

  varString(): string {
    const length = this.varUint();
    const end = this.position + length;
    if (end > this.bytes.length) throw new Error('unexpected end of the update');
    const text = new TextDecoder('utf-8', { fatal: true }).decode(this.bytes.subarray(this.position, end));
    this.position = end;
    return text;
  }

  get done(): boolean {
    return this.position === this.bytes.length;
  }
}

/** The entries of an awareness update; throws with a reason if the bytes are not one. */
export function readAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  const reader = new Reader(update);
  const count = reader.varUint();
  const entries: AwarenessEntry[] = [];
  for (let index = 0; index < count; index++) {
    const clientID = reader.varUint();
    const clock = reader.varUint();
    entries.push({ clientID, clock, state: JSON.parse(reader.varString()) as unknown });
  }
  if (!reader.done) throw new Error('trailing bytes after the update');
  return entries;
}
