import { describe, expect, it } from 'vitest';
import { avatarHue, initials } from './avatar';

describe('initials', () => {
  it('takes the first and last words', () => {
    expect(initials('Marie-Claire Dupont')).toBe('MD');
    expect(initials('ada lovelace')).toBe('AL');
    expect(initials('bob')).toBe('B');
  });

  it('copes with accents, emoji and blanks', () => {
    expect(initials('élodie')).toBe('É');
    expect(initials('  ')).toBe('?');
    expect(initials('🦦 Loutre')).toBe('🦦L');
  });
});

describe('avatarHue', () => {
  it('is stable and within the colour wheel', () => {
    expect(avatarHue('Alice')).toBe(avatarHue('Alice'));
    expect(avatarHue('Alice')).toBeGreaterThanOrEqual(0);
    expect(avatarHue('Alice')).toBeLessThan(360);
  });
});
