import type { types } from 'mediasoup';

/**
 * Dynacast (as LiveKit calls it): a simulcast layer nobody watches should not be encoded and
 * sent at all. In a 25-person call with 9 small tiles per screen, nobody needs anyone's 720p
 * layer, which is two thirds of each camera's upload. The room computes, for each camera, the
 * highest layer any viewer receives, and tells its sender to switch the layers above it off;
 * they come back as soon as a viewer needs them.
 */

export interface LayerConsumer {
  producerId: string;
  kind: types.MediaKind;
  type: types.ConsumerType;
  paused: boolean;
  preferredLayers?: types.ConsumerLayers | undefined;
}

/**
 * The highest spatial layer wanted per producer: the max of its unpaused simulcast consumers'
 * preferred layers (a consumer without a preference gets the top one, `topLayer`). A camera
 * that nobody watches keeps its lowest layer, so a new viewer starts without waiting.
 */
export function demandedLayers(
  producers: ReadonlyMap<string, number>,
  consumers: Iterable<LayerConsumer>,
): Map<string, number> {
  const demand = new Map([...producers.keys()].map((id) => [id, 0]));
  for (const consumer of consumers) {
    if (consumer.kind !== 'video' || consumer.type !== 'simulcast' || consumer.paused) continue;
    const topLayer = producers.get(consumer.producerId);
    if (topLayer === undefined) continue;
    const wanted = Math.min(consumer.preferredLayers?.spatialLayer ?? topLayer, topLayer);
    if (wanted > demand.get(consumer.producerId)!) demand.set(consumer.producerId, wanted);
  }
  return demand;
}

interface Options {
  /** Simulcast cameras by id, with their top layer index. */
  producers: () => ReadonlyMap<string, number>;
  consumers: () => Iterable<LayerConsumer>;
  announce: (producerId: string, maxSpatialLayer: number) => void;
  /** Coalesces bursts of view changes (a page turn changes many consumers at once). */
  settleMs?: number;
  /** A layer goes off only after nobody wanted it for this long: paging back is instant. */
  holdMs?: number;
}

export class LayerDemand {
  /** What each sender was last told; a new camera sends every layer until told otherwise. */
  private readonly announced = new Map<string, number>();
  private readonly lowerSince = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private readonly settleMs: number;
  private readonly holdMs: number;

  constructor(private readonly options: Options) {
    this.settleMs = options.settleMs ?? 200;
    this.holdMs = options.holdMs ?? 3_000;
  }

  /** Something changed what viewers receive: look again shortly. */
  schedule(delayMs = this.settleMs): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.update();
    }, delayMs);
    this.timer.unref();
  }

  close(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private update(now = Date.now()): void {
    const producers = this.options.producers();
    const demand = demandedLayers(producers, this.options.consumers());
    for (const id of this.announced.keys()) {
      if (!producers.has(id)) this.forget(id);
    }
    let waiting = false;
    for (const [id, wanted] of demand) {
      const current = this.announced.get(id) ?? producers.get(id)!;
      if (wanted >= current) {
        this.lowerSince.delete(id);
        if (wanted > current) this.tell(id, wanted);
        continue;
      }
      const since = this.lowerSince.get(id) ?? now;
      this.lowerSince.set(id, since);
      if (now - since >= this.holdMs) this.tell(id, wanted);
      else waiting = true;
    }
    if (waiting) this.schedule(this.holdMs);
  }

  private tell(producerId: string, layer: number): void {
    this.announced.set(producerId, layer);
    this.lowerSince.delete(producerId);
    this.options.announce(producerId, layer);
  }

  private forget(producerId: string): void {
    this.announced.delete(producerId);
    this.lowerSince.delete(producerId);
  }
}
