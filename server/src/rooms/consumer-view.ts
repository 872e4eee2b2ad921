import type { types } from 'mediasoup';
import type { MediaSource, VideoTile } from '@palabre/shared';
import { spatialLayerFor } from './video-layers.js';

export interface ConsumerAppData extends types.AppData {
  /** The peer whose producer this consumes. */
  peerId: string;
  source: MediaSource;
  /** Heights of the producer's simulcast layers, low to high (one entry without simulcast). */
  layerHeights: number[];
  /** The client said it can play this consumer (`consumer:resume`). */
  clientReady: boolean;
}

/** What a viewer shows: tiles by `peerId/source`; undefined until the client first says. */
export type View = ReadonlyMap<string, VideoTile> | undefined;

export const tileKey = (peerId: string, source: MediaSource) => `${peerId}/${source}`;

export function viewFromTiles(tiles: readonly VideoTile[]): Map<string, VideoTile> {
  return new Map(tiles.map((tile) => [tileKey(tile.peerId, tile.source), tile]));
}

/**
 * Makes a consumer match what its viewer shows: RTP flows only once the client is ready and,
 * for video, only for tiles on screen, at the layer the tile's size needs. A viewer that never
 * reported a view gets every video at the best layer.
 */
export async function applyView(consumer: types.Consumer<ConsumerAppData>, view: View): Promise<void> {
  if (consumer.closed) return;
  const { clientReady, peerId, source, layerHeights } = consumer.appData;
  const tile = view?.get(tileKey(peerId, source));
  const wanted = clientReady && (consumer.kind === 'audio' || view === undefined || tile !== undefined);

  if (wanted && consumer.type === 'simulcast') {
    const spatialLayer = tile ? spatialLayerFor(tile.height, layerHeights) : layerHeights.length - 1;
    if (consumer.preferredLayers?.spatialLayer !== spatialLayer) await consumer.setPreferredLayers({ spatialLayer });
  }
  if (wanted && consumer.paused) {
    await consumer.resume();
    // Start the picture on a keyframe rather than waiting for the next periodic one.
    if (consumer.kind === 'video') await consumer.requestKeyFrame();
  } else if (!wanted && !consumer.paused) {
    await consumer.pause();
  }
}
