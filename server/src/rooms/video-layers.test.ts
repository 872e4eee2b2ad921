import { describe, expect, it } from 'vitest';
import { layerHeights, spatialLayerFor } from './video-layers.js';

describe('simulcast layer for a tile', () => {
  const threeLayers = layerHeights([4, 2, 1]);

  it('derives layer heights from the encodings', () => {
    expect(threeLayers).toEqual([180, 360, 720]);
  });

  it('gives a thumbnail the smallest layer and a large tile the largest', () => {
    expect(spatialLayerFor(120, threeLayers)).toBe(0);
    expect(spatialLayerFor(190, threeLayers)).toBe(0);
    expect(spatialLayerFor(300, threeLayers)).toBe(1);
    expect(spatialLayerFor(500, threeLayers)).toBe(2);
    expect(spatialLayerFor(2160, threeLayers)).toBe(2);
  });

  it('copes with a single layer or none', () => {
    expect(spatialLayerFor(1000, [360])).toBe(0);
    expect(spatialLayerFor(1000, [])).toBe(0);
  });
});
