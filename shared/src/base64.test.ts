import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './base64.js';
import { reviewMinutesUpdateSchema } from './publishing.js';

describe('bytes in a JSON body', () => {
  it('round-trips every byte value, and an update larger than one chunk, as Node encodes it', () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7) % 256);
    const text = bytesToBase64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    expect(base64ToBytes(text)).toEqual(bytes);
  });

  it('parses a review update into bytes, and refuses what is not base64, empty or too large', () => {
    expect(reviewMinutesUpdateSchema.parse({ update: 'AQID' }).update).toEqual(new Uint8Array([1, 2, 3]));
    const message = (body: unknown) => reviewMinutesUpdateSchema.safeParse(body).error?.issues[0]?.message;
    expect(message({ update: 'AQ=D' })).toBe('expected base64');
    expect(message({ update: '' })).toBe('empty');
    expect(message({ update: 'A'.repeat(400_000) })).toMatch(/^larger than 262144 bytes$/);
  });
});
