import { describe, expect, it } from 'vitest';
import { betterOffset, offsetSample, OFFSET_SAMPLE_LIFETIME_MS, serverNow } from './server-clock';

describe('server clock offset', () => {
  it('reads the server clock from a sample', () => {
    // The server is 5 s ahead; the message took no time.
    const offset = offsetSample(105_000, 100_000);
    expect(serverNow(offset, 100_500)).toBe(105_500);
  });

  it('keeps the sample of the fastest message (the largest offset)', () => {
    const slow = offsetSample(105_000, 100_300); // 300 ms in transit
    const fast = offsetSample(106_000, 101_020); // 20 ms in transit
    expect(betterOffset(slow, fast)).toBe(fast);
    expect(betterOffset(fast, offsetSample(107_000, 102_200))).toBe(fast);
  });

  it('lets an old best sample go, in case this machine’s clock was corrected', () => {
    const old = offsetSample(105_000, 100_000);
    const later = offsetSample(105_000 + OFFSET_SAMPLE_LIFETIME_MS, 100_100 + OFFSET_SAMPLE_LIFETIME_MS);
    expect(betterOffset(old, later)).toBe(later);
  });

  it('takes the first sample as it comes, and reads the local clock with none', () => {
    const first = offsetSample(1_000, 2_000);
    expect(betterOffset(null, first)).toBe(first);
    expect(serverNow(null, 42)).toBe(42);
  });
});
