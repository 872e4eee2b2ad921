import { describe, expect, it } from 'vitest';
import en from './en.json';
import fr from './fr.json';

/** Every key of a catalogue, plural forms folded ("x_one", "x_other" → "x"). */
function keys(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`],
  );
}

describe('translations', () => {
  it('have the same keys in French and English', () => {
    expect([...new Set(keys(fr))].sort()).toEqual([...new Set(keys(en))].sort());
  });
});
