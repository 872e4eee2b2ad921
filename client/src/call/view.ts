import { MAX_VISIBLE_TILES, type VideoTile } from '@palabre/shared';
import type { TileModel } from './tiles';

/*
 * The view this page reports to the server (`view:update`): which remote videos it shows and how
 * big, in device pixels. The server sends nothing for a video left out, and picks each one's
 * simulcast layer from its height: what is left out or measured too big costs bandwidth and
 * CPU on both sides, so this is computed from what is really on screen.
 */

/** A tile's size in CSS pixels, as a ResizeObserver measures it. */
export interface CssSize {
  width: number;
  height: number;
}

/** The largest size the contract accepts, in device pixels. */
const MAX_DEVICE_PIXELS = 16_384;

/**
 * Each tile that wants a remote video and is laid out on screen (measured, not empty), with its
 * size times the device pixel ratio. Our own tiles, avatars of cameras that are off or of people
 * the incoming-video mode hides, and tiles not mounted (off the page) are left out.
 */
export function computeView(
  tiles: readonly TileModel[],
  sizes: ReadonlyMap<string, CssSize>,
  devicePixelRatio: number,
): VideoTile[] {
  const ratio = Number.isFinite(devicePixelRatio) && devicePixelRatio > 0 ? devicePixelRatio : 1;
  const view: VideoTile[] = [];
  for (const tile of tiles) {
    if (tile.isSelf || !tile.wantsVideo) continue;
    const size = sizes.get(tile.key);
    if (!size || size.width <= 0 || size.height <= 0) continue;
    view.push({
      peerId: tile.peerId,
      source: tile.source,
      width: toDevicePixels(size.width, ratio),
      height: toDevicePixels(size.height, ratio),
    });
  }
  // More than the contract allows cannot be on screen at a watchable size: the first ones win.
  return view.slice(0, MAX_VISIBLE_TILES);
}

function toDevicePixels(cssPixels: number, ratio: number): number {
  return Math.min(MAX_DEVICE_PIXELS, Math.round(cssPixels * ratio));
}

/** Same tiles at the same sizes, in any order (the server keys them by peer and source). */
export function sameView(a: readonly VideoTile[], b: readonly VideoTile[]): boolean {
  if (a.length !== b.length) return false;
  const byKey = new Map(a.map((tile) => [`${tile.peerId}/${tile.source}`, tile]));
  return b.every((tile) => {
    const other = byKey.get(`${tile.peerId}/${tile.source}`);
    return other !== undefined && other.width === tile.width && other.height === tile.height;
  });
}

export interface ViewTiming {
  /** Quiet time before sending: a window being resized or pages flipped through settle first. */
  debounceMs: number;
  /** A change is sent at most this long after it happened, even if others keep coming. */
  maxWaitMs: number;
}

export const VIEW_TIMING: ViewTiming = { debounceMs: 200, maxWaitMs: 1_000 };

/**
 * When to send a newly computed view, in ms from now: null when the server already has it (also
 * when a change was undone before it was sent), else after the debounce, but no later than
 * `maxWaitMs` after the first change still unsent (`waitingSince`). `sent` is null when the
 * server has no view of ours at all (new media): then even an empty view is news.
 */
export function delayBeforeSend(
  sent: readonly VideoTile[] | null,
  next: readonly VideoTile[],
  waitingSince: number | null,
  now: number,
  timing: ViewTiming = VIEW_TIMING,
): number | null {
  if (sent !== null && sameView(sent, next)) return null;
  const deadline = (waitingSince ?? now) + timing.maxWaitMs;
  return Math.max(0, Math.min(timing.debounceMs, deadline - now));
}
