export interface GridLayout {
  columns: number;
  /** Width of one tile in CSS pixels. */
  tileWidth: number;
}

export interface GridSpace {
  width: number;
  height: number;
  gap: number;
  /** Width over height of a tile. */
  aspect: number;
  /** Below this width a tile is unreadable: use fewer columns and let the grid scroll instead. */
  minTileWidth: number;
}

/**
 * How many columns make the biggest tiles that all fit in the space (a 5×5 grid for 25 people on
 * a laptop, one column for two people on a phone held upright).
 */
export function gridLayout(count: number, space: GridSpace): GridLayout {
  const { width, height, gap, aspect, minTileWidth } = space;
  const n = Math.max(1, count);
  if (width <= 0) return { columns: 1, tileWidth: 0 };
  let best: GridLayout = { columns: 1, tileWidth: 0 };
  for (let columns = 1; columns <= n; columns += 1) {
    const rows = Math.ceil(n / columns);
    const byWidth = (width - gap * (columns - 1)) / columns;
    const byHeight = height > 0 ? ((height - gap * (rows - 1)) / rows) * aspect : byWidth;
    const tileWidth = Math.floor(Math.min(byWidth, byHeight));
    if (tileWidth > best.tileWidth) best = { columns, tileWidth };
  }
  if (best.tileWidth >= minTileWidth) return best;
  // Too many to fit at a readable size: as many columns as stay readable, rows scroll.
  const columns = Math.max(1, Math.min(n, Math.floor((width + gap) / (minTileWidth + gap))));
  return { columns, tileWidth: Math.floor((width - gap * (columns - 1)) / columns) };
}
