import { describe, expect, it } from 'vitest';
import type { TileModel } from './tiles';
import { computeView, delayBeforeSend, sameView, type CssSize } from './view';

const tile = (peerId: string, overrides: Partial<TileModel> = {}): TileModel => ({
  key: `${peerId}:${overrides.source ?? 'camera'}`,
  peerId,
  name: peerId,
  isSelf: false,
  source: 'camera',
  videoTrackId: `t-${peerId}`,
  wantsVideo: true,
  micMuted: false,
  reconnecting: false,
  speaking: false,
  firstTime: false,
  linkedRoom: null,
  ...overrides,
});

const sizes = (entries: Record<string, CssSize>) => new Map(Object.entries(entries));

describe('computeView', () => {
  it('reports each measured remote video in device pixels', () => {
    const view = computeView(
      [tile('a'), tile('b', { source: 'screen', key: 'b:screen' })],
      sizes({ 'a:camera': { width: 320, height: 180 }, 'b:screen': { width: 1000.4, height: 562.7 } }),
      2,
    );
    expect(view).toEqual([
      { peerId: 'a', source: 'camera', width: 640, height: 360 },
      { peerId: 'b', source: 'screen', width: 2001, height: 1125 },
    ]);
  });

  it('rounds fractional ratios (a zoomed page) to whole pixels', () => {
    const [only] = computeView([tile('a')], sizes({ 'a:camera': { width: 301, height: 169.3 } }), 1.25);
    expect(only).toMatchObject({ width: 376, height: 212 });
  });

  it('leaves out ourselves, cameras that are off or hidden by the mode, and tiles not on screen', () => {
    const view = computeView(
      [
        tile('me', { isSelf: true, wantsVideo: false }),
        tile('off', { wantsVideo: false, videoTrackId: null }),
        tile('unmounted'),
        tile('collapsed'),
        tile('shown'),
      ],
      sizes({
        'me:camera': { width: 300, height: 170 },
        'off:camera': { width: 300, height: 170 },
        'collapsed:camera': { width: 0, height: 0 },
        'shown:camera': { width: 300, height: 170 },
      }),
      1,
    );
    expect(view.map((entry) => entry.peerId)).toEqual(['shown']);
  });

  it('asks for a camera whose track has not arrived yet, so it is not held back when it does', () => {
    const view = computeView([tile('a', { videoTrackId: null })], sizes({ 'a:camera': { width: 200, height: 112 } }), 1);
    expect(view).toHaveLength(1);
  });

  it('falls back to a ratio of 1 when the browser gives none, and stays within the contract', () => {
    const [entry] = computeView([tile('a')], sizes({ 'a:camera': { width: 10_000, height: 90 } }), Number.NaN);
    expect(entry).toMatchObject({ width: 10_000, height: 90 });
    const [huge] = computeView([tile('a')], sizes({ 'a:camera': { width: 10_000, height: 90 } }), 3);
    expect(huge?.width).toBe(16_384);
  });

  it('reports an empty view when nothing is shown ("none": audio only)', () => {
    expect(computeView([tile('a', { wantsVideo: false, videoTrackId: null })], sizes({ 'a:camera': { width: 1, height: 1 } }), 1)).toEqual([]);
  });
});

describe('sameView', () => {
  const a = { peerId: 'a', source: 'camera' as const, width: 320, height: 180 };
  const b = { peerId: 'b', source: 'camera' as const, width: 320, height: 180 };

  it('ignores the order of the tiles', () => {
    expect(sameView([a, b], [b, a])).toBe(true);
  });

  it('sees a tile coming, going or changing size', () => {
    expect(sameView([a], [a, b])).toBe(false);
    expect(sameView([a, b], [a])).toBe(false);
    expect(sameView([a], [{ ...a, height: 181 }])).toBe(false);
    expect(sameView([a], [{ ...a, source: 'screen' }])).toBe(false);
    expect(sameView([], [])).toBe(true);
  });
});

describe('delayBeforeSend', () => {
  const timing = { debounceMs: 200, maxWaitMs: 1_000 };
  const view = [{ peerId: 'a', source: 'camera' as const, width: 320, height: 180 }];

  it('sends nothing when the server already has this view (a change undone counts too)', () => {
    expect(delayBeforeSend(view, [...view], null, 0, timing)).toBeNull();
    expect(delayBeforeSend(view, [...view], 500, 600, timing)).toBeNull();
  });

  it('sends a change after a quiet debounce', () => {
    expect(delayBeforeSend([], view, null, 0, timing)).toBe(200);
  });

  it('sends even an empty view to a server that has none of ours', () => {
    expect(delayBeforeSend(null, [], null, 0, timing)).toBe(200);
  });

  it('does not let a stream of changes (a window being resized) postpone it forever', () => {
    expect(delayBeforeSend([], view, 0, 500, timing)).toBe(200);
    expect(delayBeforeSend([], view, 0, 900, timing)).toBe(100);
    expect(delayBeforeSend([], view, 0, 1_500, timing)).toBe(0);
  });
});
