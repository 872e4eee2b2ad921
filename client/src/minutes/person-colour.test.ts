import { describe, expect, it } from 'vitest';
import { colourClass, CURSOR_COLOURS, personColour } from './person-colour';

describe('personColour', () => {
  it('is stable for a peer and spreads peers over the palette', () => {
    expect(personColour('peer-1')).toBe(personColour('peer-1'));
    const used = new Set(Array.from({ length: 40 }, (_, index) => personColour(`peer-${index}`)));
    expect(used.size).toBeGreaterThan(CURSOR_COLOURS.length / 2);
    for (const colour of used) expect(CURSOR_COLOURS).toContain(colour);
  });

  it('shows only palette colours, whatever another client sends', () => {
    expect(colourClass(CURSOR_COLOURS[2])).toBe('minutes-colour-2');
    expect(colourClass('red; background: url(//evil)')).toBe('minutes-colour-none');
    expect(colourClass(undefined)).toBe('minutes-colour-none');
  });
});
