import { describe, expect, it } from 'vitest';
import { gridLayout } from './grid-layout';

const laptop = { width: 1400, height: 760, gap: 8, aspect: 16 / 9, minTileWidth: 160 };
const phone = { width: 360, height: 560, gap: 8, aspect: 16 / 9, minTileWidth: 160 };

describe('gridLayout', () => {
  it('gives one person the whole width that fits', () => {
    const layout = gridLayout(1, laptop);
    expect(layout.columns).toBe(1);
    expect(layout.tileWidth).toBe(1351); // limited by the height: 760 × 16/9
  });

  it('puts two side by side on a laptop and one above the other on a phone', () => {
    expect(gridLayout(2, laptop).columns).toBe(2);
    expect(gridLayout(2, phone).columns).toBe(1);
  });

  it('fits 25 people on a laptop screen in 5 columns', () => {
    const layout = gridLayout(25, laptop);
    expect(layout.columns).toBe(5);
    const rows = 5;
    const tileHeight = layout.tileWidth / (16 / 9);
    expect(rows * tileHeight + (rows - 1) * 8).toBeLessThanOrEqual(760);
  });

  it('keeps tiles readable on a phone with many people, letting rows scroll', () => {
    const layout = gridLayout(25, phone);
    expect(layout.columns).toBe(2);
    expect(layout.tileWidth).toBeGreaterThanOrEqual(160);
  });

  it('survives a space not measured yet', () => {
    expect(gridLayout(3, { ...laptop, width: 0, height: 0 })).toEqual({ columns: 1, tileWidth: 0 });
  });
});
