import { afterEach, describe, expect, it, vi } from 'vitest';
import { LayerDemand, demandedLayers, type LayerConsumer } from './layer-demand.js';

const video = (producerId: string, spatialLayer: number | undefined, paused = false): LayerConsumer => ({
  producerId,
  kind: 'video',
  type: 'simulcast',
  paused,
  preferredLayers: spatialLayer === undefined ? undefined : { spatialLayer },
});

describe('demandedLayers', () => {
  const cameras = new Map([
    ['bob', 2],
    ['carol', 2],
  ]);

  it('is the highest layer an unpaused viewer receives, and the lowest when nobody watches', () => {
    const demand = demandedLayers(cameras, [video('bob', 0), video('bob', 1), video('bob', 2, true), video('carol', 0, true)]);
    expect(demand).toEqual(new Map([['bob', 1], ['carol', 0]]));
  });

  it('gives the top layer to a viewer without a preference, and ignores audio and unknown producers', () => {
    const audio: LayerConsumer = { producerId: 'bob', kind: 'audio', type: 'simple', paused: false };
    expect(demandedLayers(cameras, [video('carol', undefined), audio, video('dave', 2)])).toEqual(
      new Map([['bob', 0], ['carol', 2]]),
    );
  });
});

describe('LayerDemand', () => {
  afterEach(() => vi.useRealTimers());

  function setUp(consumers: LayerConsumer[]) {
    vi.useFakeTimers();
    const told: [string, number][] = [];
    const demand = new LayerDemand({
      producers: () => new Map([['bob', 2]]),
      consumers: () => consumers,
      announce: (producerId, layer) => told.push([producerId, layer]),
      settleMs: 100,
      holdMs: 3_000,
    });
    return { demand, told };
  }

  it('switches unwatched layers off only after the hold, and back on at once', () => {
    const consumers = [video('bob', 0)];
    const { demand, told } = setUp(consumers);
    demand.schedule();
    vi.advanceTimersByTime(100);
    expect(told).toEqual([]); // still within the hold: a page turned back costs nothing
    vi.advanceTimersByTime(3_000);
    expect(told).toEqual([['bob', 0]]);

    consumers.push(video('bob', 2));
    demand.schedule();
    vi.advanceTimersByTime(100);
    expect(told).toEqual([['bob', 0], ['bob', 2]]);
  });

  it('does not switch a layer off when it is wanted again within the hold', () => {
    const consumers = [video('bob', 1)];
    const { demand, told } = setUp(consumers);
    demand.schedule();
    vi.advanceTimersByTime(1_000);
    consumers[0] = video('bob', 2);
    demand.schedule();
    vi.advanceTimersByTime(10_000);
    expect(told).toEqual([]);
  });
});
