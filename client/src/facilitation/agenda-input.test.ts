import { describe, expect, it } from 'vitest';
import { parseMinutes } from './agenda-input';

describe('parseMinutes', () => {
  it('takes whole minutes from 1 to 600', () => {
    expect(parseMinutes('10')).toBe(10);
    expect(parseMinutes(' 1 ')).toBe(1);
    expect(parseMinutes('600')).toBe(600);
  });

  it('gives no time box for empty or unusable input', () => {
    for (const value of ['', '  ', '0', '601', '2.5', '-3', 'abc']) expect(parseMinutes(value)).toBeNull();
  });
});
