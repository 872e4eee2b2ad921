/**
 * Which simulcast layer a tile needs: the smallest whose height covers the tile's height on
 * screen (device pixels). Layers are ordered low to high; with the client's 180p/360p/720p
 * encodings a thumbnail gets 180p, a mid-size tile 360p and a large one 720p.
 */
export function spatialLayerFor(tileHeight: number, layerHeights: readonly number[]): number {
  if (layerHeights.length === 0) return 0;
  // A little upscaling is invisible; choosing the next layer up for 10% more pixels is not worth it.
  const needed = tileHeight / 1.1;
  const index = layerHeights.findIndex((height) => height >= needed);
  return index === -1 ? layerHeights.length - 1 : index;
}

/**
 * Heights of a simulcast producer's layers, from its encodings' scaleResolutionDownBy (as
 * browsers send them, highest resolution last) and the top layer's nominal height.
 */
export function layerHeights(scaleDownFactors: readonly (number | undefined)[], topHeight = 720): number[] {
  return scaleDownFactors.map((factor) => Math.round(topHeight / (factor ?? 1)));
}
