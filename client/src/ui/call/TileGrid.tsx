import { useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import type { TileModel } from '../../call/tiles';
import { gridLayout, type GridLayout } from './grid-layout';
import { ParticipantTile } from './ParticipantTile';

const GAP = 8;
const MIN_TILE_WIDTH = 150;

interface TileGridProps {
  tiles: TileModel[];
  label: string;
  /** `spotlight` for shared screens, which take the large place. */
  variant?: 'cameras' | 'spotlight';
}

/** Tiles as large as their area allows, re-measured when the window or the count changes. */
export function TileGrid({ tiles, label, variant = 'cameras' }: TileGridProps) {
  const stage = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });

  useLayoutEffect(() => {
    const element = stage.current;
    if (!element) return;
    const measure = () => setSize({ width: element.clientWidth, height: element.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const layout: GridLayout = gridLayout(tiles.length, {
    ...size,
    gap: GAP,
    aspect: 16 / 9,
    minTileWidth: Math.min(MIN_TILE_WIDTH, size.width),
  });
  // CSS custom properties set through the CSSOM, which the server's strict CSP allows.
  const style = {
    '--columns': layout.columns,
    '--tile-width': `${layout.tileWidth}px`,
    '--gap': `${GAP}px`,
  } as CSSProperties;

  return (
    <div className={`tile-stage tile-stage--${variant}`} ref={stage}>
      {/* role="list": Safari drops the list semantics of a list styled without bullets. */}
      <ul className="tile-grid" style={style} role="list" aria-label={label}>
        {tiles.map((tile) => (
          <li key={tile.key} className="tile-grid__cell">
            <ParticipantTile tile={tile} />
          </li>
        ))}
      </ul>
    </div>
  );
}
