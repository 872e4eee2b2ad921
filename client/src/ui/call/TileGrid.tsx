import { useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { TileModel } from '../../call/tiles';
import { gridLayout, type GridLayout } from './grid-layout';
import { ParticipantTile } from './ParticipantTile';

const GAP = 8;
const MIN_TILE_WIDTH = 150;

/** Tiles as large as the stage allows, re-measured when the window or the count changes. */
export function TileGrid({ tiles }: { tiles: TileModel[] }) {
  const { t } = useTranslation();
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
    <div className="tile-stage" ref={stage}>
      <ul className="tile-grid" style={style} aria-label={t('call.grid')}>
        {tiles.map((tile) => (
          <li key={tile.key} className="tile-grid__cell">
            <ParticipantTile tile={tile} />
          </li>
        ))}
      </ul>
    </div>
  );
}
