import { Device, type types } from 'mediasoup-client';
import type {
  ConsumerOptions,
  DtlsParameters,
  IceServer,
  MediaSource,
  RtpCapabilities,
  RtpParameters,
  TransportOptions,
} from '@palabre/shared';
import type { RemoteMedia } from '../call/call-state';
import type { Request } from '../signalling/request';
import { CAMERA_CODEC_OPTIONS, CAMERA_ENCODINGS, SCREEN_ENCODINGS } from './capture';
import type { TrackRegistry } from './track-registry';

export interface MediaConnectionDeps {
  request: Request;
  registry: TrackRegistry;
  onRemoteMediaAdded(media: RemoteMedia): void;
  onRemoteMediaRemoved(consumerId: string): void;
}

interface ProducerAppData extends types.AppData {
  source: MediaSource;
  paused: boolean;
}

/**
 * One media session against one router: a Device, a send and a recv transport, our producers
 * (one per source) and the consumers the server announced. A media reset or a rejoin throws the
 * whole thing away and opens a new one; the local tracks are not ours to stop (stopTracks: false).
 */
export class MediaConnection {
  private readonly producers = new Map<MediaSource, types.Producer<ProducerAppData>>();
  private readonly consumers = new Map<string, types.Consumer>();
  /** consumer:added and consumer:closed are applied in order, each after the previous finished. */
  private consumerQueue: Promise<void> = Promise.resolve();
  private closed = false;

  private constructor(
    private readonly device: Device,
    private readonly sendTransport: types.Transport,
    private readonly recvTransport: types.Transport,
    private readonly deps: MediaConnectionDeps,
  ) {}

  /** Loads a Device for the router and creates both transports (they connect on first use). */
  static async open(
    deps: MediaConnectionDeps,
    routerRtpCapabilities: RtpCapabilities,
    iceServers: IceServer[],
  ): Promise<MediaConnection> {
    const device = await Device.factory();
    // The shared schema keeps preferredPayloadType optional; mediasoup always sends it.
    await device.load({ routerRtpCapabilities: routerRtpCapabilities as types.RtpCapabilities });
    const { request } = deps;
    const sendOptions = await request('transport:create', { direction: 'send' });
    const sendTransport = device.createSendTransport(transportOptions(sendOptions, iceServers));
    let recvTransport: types.Transport;
    try {
      const recvOptions = await request('transport:create', { direction: 'recv' });
      recvTransport = device.createRecvTransport(transportOptions(recvOptions, iceServers));
    } catch (error) {
      sendTransport.close();
      throw error;
    }
    const connection = new MediaConnection(device, sendTransport, recvTransport, deps);
    connection.wireTransport(sendTransport);
    connection.wireTransport(recvTransport);
    sendTransport.on('produce', ({ kind, rtpParameters, appData }, callback, errback) => {
      const { source, paused } = appData as ProducerAppData;
      request('producer:create', {
        transportId: sendTransport.id,
        kind,
        source,
        // Same structure on both sides; the server validates it against its schema.
        rtpParameters: rtpParameters as RtpParameters,
        paused,
      })
        .then(({ producerId }) => callback({ id: producerId }))
        .catch(errback);
    });
    return connection;
  }

  get rtpCapabilities(): RtpCapabilities {
    return this.device.rtpCapabilities as RtpCapabilities;
  }

  /**
   * Makes the producer of a source match what we capture: produce a new track, swap a replaced
   * one, pause or resume a muted one, close one whose track is gone.
   */
  async syncSource(source: MediaSource, track: MediaStreamTrack | null, on: boolean): Promise<void> {
    if (this.closed) return;
    const producer = this.producers.get(source);
    const live = track && track.readyState === 'live' ? track : null;
    if (!live) {
      if (producer) await this.closeProducer(source, producer);
      return;
    }
    if (!producer || producer.closed) {
      await this.produce(source, live, !on);
      return;
    }
    if (producer.track !== live) await producer.replaceTrack({ track: live });
    if (producer.paused === on) {
      if (on) producer.resume();
      else producer.pause();
      await this.deps.request(on ? 'producer:resume' : 'producer:pause', { producerId: producer.id });
    }
  }

  consume(options: ConsumerOptions): void {
    this.enqueue(async () => {
      if (this.closed || this.consumers.has(options.consumerId)) return;
      const consumer = await this.recvTransport.consume({
        id: options.consumerId,
        producerId: options.producerId,
        kind: options.kind,
        rtpParameters: options.rtpParameters as types.RtpParameters,
      });
      if (this.closed) {
        consumer.close();
        return;
      }
      this.consumers.set(consumer.id, consumer);
      const trackId = this.deps.registry.add(consumer.track);
      this.deps.onRemoteMediaAdded({
        consumerId: consumer.id,
        peerId: options.peerId,
        kind: options.kind,
        source: options.source,
        trackId,
      });
      // The server created it paused: now that we can play it, let the RTP flow. Not awaited:
      // the next consumer's renegotiation need not wait for this round trip (a newcomer to a
      // full room has dozens in a row).
      this.deps.request('consumer:resume', { consumerId: consumer.id }).catch((error: unknown) => {
        if (this.consumers.has(consumer.id)) console.warn('could not resume a consumer', error);
      });
    });
  }

  dropConsumer(consumerId: string): void {
    this.enqueue(async () => {
      const consumer = this.consumers.get(consumerId);
      if (!consumer) return;
      this.forgetConsumer(consumer);
    });
  }

  /** Local only: the server already forgot these objects (media reset) or closes them itself (rejoin). */
  /**
   * Dynacast: the server says nobody receives this camera above `maxSpatialLayer`; the
   * browser stops encoding the layers above it (they are turned back on the same way).
   */
  async limitLayers(producerId: string, maxSpatialLayer: number): Promise<void> {
    const producer = [...this.producers.values()].find((candidate) => candidate.id === producerId);
    if (!producer || producer.closed || producer.kind !== 'video') return;
    await producer.setMaxSpatialLayer(maxSpatialLayer);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const consumer of this.consumers.values()) this.forgetConsumer(consumer);
    this.producers.clear();
    this.sendTransport.close();
    this.recvTransport.close();
  }

  private async produce(source: MediaSource, track: MediaStreamTrack, paused: boolean): Promise<void> {
    // mediasoup-client takes a producer's paused state from its track.
    track.enabled = !paused;
    const appData: ProducerAppData = { source, paused };
    const producer = await this.sendTransport.produce<ProducerAppData>({
      track,
      appData,
      stopTracks: false,
      ...(source === 'camera' ? { encodings: CAMERA_ENCODINGS, codecOptions: CAMERA_CODEC_OPTIONS } : {}),
      ...(source === 'screen' ? { encodings: SCREEN_ENCODINGS } : {}),
      ...(source === 'mic' ? { codecOptions: { opusDtx: true, opusFec: true } } : {}),
    });
    if (this.closed) {
      producer.close();
      return;
    }
    this.producers.set(source, producer);
  }

  private async closeProducer(source: MediaSource, producer: types.Producer<ProducerAppData>): Promise<void> {
    this.producers.delete(source);
    producer.close();
    await this.deps.request('producer:close', { producerId: producer.id });
  }

  private forgetConsumer(consumer: types.Consumer): void {
    this.consumers.delete(consumer.id);
    this.deps.registry.remove(consumer.track.id);
    consumer.close();
    this.deps.onRemoteMediaRemoved(consumer.id);
  }

  /** A path that stopped working gets new ICE credentials, and the browser tries again. */
  private wireTransport(transport: types.Transport): void {
    transport.on('connect', ({ dtlsParameters }, callback, errback) => {
      this.deps
        .request('transport:connect', {
          transportId: transport.id,
          dtlsParameters: dtlsParameters as DtlsParameters,
        })
        .then(() => callback())
        .catch(errback);
    });
    let restarting = false;
    transport.on('connectionstatechange', (state) => {
      if ((state !== 'failed' && state !== 'disconnected') || restarting || this.closed) return;
      restarting = true;
      this.deps
        .request('transport:restartIce', { transportId: transport.id })
        .then(({ iceParameters }) => (this.closed ? undefined : transport.restartIce({ iceParameters })))
        .catch((error: unknown) => console.warn('ICE restart failed', error))
        .finally(() => {
          restarting = false;
        });
    });
  }

  private enqueue(job: () => Promise<void>): void {
    this.consumerQueue = this.consumerQueue.then(job).catch((error: unknown) => {
      if (!this.closed) console.warn('consumer update failed', error);
    });
  }
}

function transportOptions(options: TransportOptions, iceServers: IceServer[]): types.TransportOptions {
  return {
    id: options.id,
    iceParameters: options.iceParameters,
    iceCandidates: options.iceCandidates as types.IceCandidate[],
    dtlsParameters: options.dtlsParameters as types.DtlsParameters,
    iceServers: iceServers as RTCIceServer[],
  };
}
