import { EventEmitter } from 'node:events';
import type { types } from 'mediasoup';
import {
  AppError,
  type DtlsParameters,
  type MediaSource,
  type RtpCapabilities,
  type RtpParameters,
  type TransportOptions,
  type VideoTile,
} from '@palabre/shared';
import { layerHeights } from './video-layers.js';
import { applyView, tileKey, viewFromTiles, type ConsumerAppData, type View } from './consumer-view.js';

export type Direction = 'send' | 'recv';

interface TransportAppData extends types.AppData {
  direction: Direction;
}

export interface ProducerAppData extends types.AppData {
  peerId: string;
  source: MediaSource;
  /** Heights of its simulcast layers, low to high, for choosing each viewer's layer. */
  layerHeights: number[];
}

interface PeerMediaEvents {
  /** The set of producers or their paused state changed: the peer's mic/camera flags follow. */
  changed: [];
  /** What this peer receives changed (view, readiness, a consumer gone): layer demand may too. */
  demand: [];
}

/**
 * The mediasoup objects of one peer: at most one transport per direction, one producer per
 * source, and the consumers of other peers' producers. Closing a transport closes what hangs from
 * it; the maps forget an object on its observer's `close`, whatever closed it.
 */
export class PeerMedia extends EventEmitter<PeerMediaEvents> {
  readonly transports = new Map<string, types.WebRtcTransport<TransportAppData>>();
  readonly producers = new Map<string, types.Producer<ProducerAppData>>();
  readonly consumers = new Map<string, types.Consumer<ConsumerAppData>>();
  /** Set by `media:ready`: until then nothing is consumed for this peer. */
  rtpCapabilities: RtpCapabilities | undefined;
  private view: View;

  constructor(private readonly peerId: string) {
    super();
  }

  get recvTransport(): types.WebRtcTransport | undefined {
    return this.transportFor('recv');
  }

  async createTransport(
    router: types.Router,
    webRtcServer: types.WebRtcServer,
    direction: Direction,
  ): Promise<TransportOptions> {
    // A client that sets its media up again replaces its transport of that direction.
    this.transportFor(direction)?.close();
    const transport = await router.createWebRtcTransport<TransportAppData>({
      webRtcServer,
      enableUdp: true,
      enableTcp: true,
      preferUdp: true,
      initialAvailableOutgoingBitrate: 1_000_000,
      appData: { direction },
    });
    this.transports.set(transport.id, transport);
    transport.observer.once('close', () => this.transports.delete(transport.id));
    return {
      id: transport.id,
      iceParameters: transport.iceParameters,
      iceCandidates: transport.iceCandidates,
      dtlsParameters: transport.dtlsParameters as DtlsParameters,
    };
  }

  async connectTransport(transportId: string, dtlsParameters: DtlsParameters): Promise<void> {
    await this.transport(transportId).connect({ dtlsParameters: dtlsParameters as types.DtlsParameters });
  }

  async restartIce(transportId: string): Promise<types.IceParameters> {
    return this.transport(transportId).restartIce();
  }

  async produce(options: {
    transportId: string;
    source: MediaSource;
    kind: types.MediaKind;
    rtpParameters: RtpParameters;
    paused?: boolean | undefined;
  }): Promise<types.Producer<ProducerAppData>> {
    const transport = this.transport(options.transportId);
    if (transport.appData.direction !== 'send') {
      throw new AppError('FORBIDDEN', 'this transport receives; produce on the send transport');
    }
    for (const existing of this.producers.values()) {
      if (existing.appData.source === options.source) existing.close();
    }
    // zod checked the shape; mediasoup checks the semantics and throws a TypeError if wrong.
    const producer = await transport.produce<ProducerAppData>({
      kind: options.kind,
      rtpParameters: options.rtpParameters as types.RtpParameters,
      paused: options.paused ?? false,
      appData: {
        peerId: this.peerId,
        source: options.source,
        layerHeights: layerHeights(options.rtpParameters.encodings?.map((encoding) => encoding.scaleResolutionDownBy) ?? []),
      },
    });
    this.adopt(producer);
    return producer;
  }

  /**
   * Takes on a producer made elsewhere (a workshop link's, on a DirectTransport): it shows in
   * this peer's flags and closes with it, like its own. Several may share a source.
   */
  adopt(producer: types.Producer<ProducerAppData>): void {
    this.producers.set(producer.id, producer);
    producer.observer.once('close', () => {
      this.producers.delete(producer.id);
      this.emit('changed');
    });
    producer.observer.on('pause', () => this.emit('changed'));
    producer.observer.on('resume', () => this.emit('changed'));
    this.emit('changed');
  }

  producer(producerId: string): types.Producer<ProducerAppData> {
    const producer = this.producers.get(producerId);
    if (!producer) throw new AppError('NOT_FOUND', `no producer ${producerId} of yours`);
    return producer;
  }

  consumer(consumerId: string): types.Consumer<ConsumerAppData> {
    const consumer = this.consumers.get(consumerId);
    if (!consumer) throw new AppError('NOT_FOUND', `no consumer ${consumerId} of yours`);
    return consumer;
  }

  addConsumer(consumer: types.Consumer<ConsumerAppData>): void {
    this.consumers.set(consumer.id, consumer);
    consumer.observer.once('close', () => {
      this.consumers.delete(consumer.id);
      this.emit('demand');
    });
  }

  /** The client can play this consumer now: let RTP flow if its tile is on screen. */
  async consumerReady(consumerId: string): Promise<void> {
    const consumer = this.consumer(consumerId);
    consumer.appData.clientReady = true;
    await applyView(consumer, this.view);
    this.emit('demand');
  }

  /** The client reported the tiles it shows: pause what is off screen, fit layers to sizes. */
  async setView(tiles: readonly VideoTile[]): Promise<void> {
    this.view = viewFromTiles(tiles);
    await Promise.all([...this.consumers.values()].map((consumer) => applyView(consumer, this.view)));
    this.emit('demand');
  }

  /** Whether this peer shows that video now (before any view is reported, every video is). */
  shows(peerId: string, source: MediaSource): boolean {
    return this.view === undefined || this.view.has(tileKey(peerId, source));
  }

  /** Whether a source is producing and not paused (a muted microphone is paused). */
  isLive(source: MediaSource): boolean {
    for (const producer of this.producers.values()) {
      if (producer.appData.source === source && !producer.paused) return true;
    }
    return false;
  }

  /** Closes every transport, hence every producer and consumer. Idempotent. */
  close(): void {
    for (const transport of [...this.transports.values()]) transport.close();
    for (const producer of [...this.producers.values()]) producer.close();
    this.rtpCapabilities = undefined;
    this.view = undefined;
  }

  /** After the router died with its worker: the objects are gone, forget them. */
  forget(): void {
    this.transports.clear();
    this.producers.clear();
    this.consumers.clear();
    this.rtpCapabilities = undefined;
    this.view = undefined;
  }

  private transport(transportId: string): types.WebRtcTransport<TransportAppData> {
    const transport = this.transports.get(transportId);
    if (!transport) throw new AppError('NOT_FOUND', `no transport ${transportId} of yours`);
    return transport;
  }

  private transportFor(direction: Direction): types.WebRtcTransport<TransportAppData> | undefined {
    for (const transport of this.transports.values()) {
      if (transport.appData.direction === direction) return transport;
    }
    return undefined;
  }
}
