import { EventEmitter } from 'node:events';
import type { types } from 'mediasoup';
import type { Logger } from '../observability/logger.js';
import type { ProducerAppData } from '../rooms/peer-media.js';
import type { Room } from '../rooms/room.js';
import type { RtpRelay } from './rtp-relay.js';
import { assignAudioSlots, chooseVideo, type VideoSource } from './source-choice.js';
import { OPUS_PAYLOAD_TYPE, VP8_PAYLOAD_TYPE } from './live-sdp.js';

/** What the stream's consumers accept: Opus and VP8 (an H264-only camera is not shown yet). */
const LIVE_RTP_CAPABILITIES: types.RtpCapabilities = {
  codecs: [
    { kind: 'audio', mimeType: 'audio/opus', clockRate: 48000, channels: 2, preferredPayloadType: OPUS_PAYLOAD_TYPE },
    { kind: 'video', mimeType: 'video/VP8', clockRate: 90000, preferredPayloadType: VP8_PAYLOAD_TYPE, rtcpFeedback: [{ type: 'nack', parameter: 'pli' }] },
  ],
  headerExtensions: [],
};

interface Feed {
  producer: types.Producer<ProducerAppData>;
  consumer: types.Consumer;
  ssrc: number;
}

interface LiveCaptureEvents {
  /** The transport closed under us (its worker died): the stream cannot go on. */
  lost: [];
}

/**
 * The room's side of a stream: one PlainTransport on the room's primary router (comedia off: it
 * sends to the relay's port), a paused consumer per source, and the choice of which flow. Only
 * the shown video and the mixed microphones are resumed; the others cost mediasoup nothing.
 */
export class LiveCapture extends EventEmitter<LiveCaptureEvents> {
  private readonly feeds = new Map<string, Feed>();
  private loudest: string[] = [];
  private videoProducerId: string | null = null;
  private audioProducerIds: (string | null)[];
  private closed = false;
  private readonly onProducer = (producer: types.Producer<ProducerAppData>) => void this.add(producer);
  private readonly onSpeaker = () => this.choose();

  private constructor(
    private readonly room: Room,
    private readonly router: types.Router,
    private readonly transport: types.PlainTransport,
    private readonly levels: types.AudioLevelObserver,
    private readonly relay: RtpRelay,
    private readonly logger: Logger,
  ) {
    super();
    this.audioProducerIds = relay.audio.map(() => null);
    transport.observer.once('close', () => {
      if (!this.closed) this.emit('lost');
    });
    levels.on('volumes', (volumes) => {
      this.loudest = volumes.map(({ producer }) => producer.id);
      this.choose();
    });
    room.on('producerAdded', this.onProducer);
    room.on('speakerChanged', this.onSpeaker);
  }

  static async open(room: Room, relay: RtpRelay, logger: Logger): Promise<LiveCapture> {
    const { router } = await room.routers.primary();
    const transport = await router.createPlainTransport({
      listenInfo: { protocol: 'udp', ip: '127.0.0.1' },
      rtcpMux: true,
      comedia: false,
    });
    await transport.connect({ ip: '127.0.0.1', port: relay.port });
    const levels = await router.createAudioLevelObserver({ maxEntries: relay.audio.length, threshold: -60, interval: 500 });
    const capture = new LiveCapture(room, router, transport, levels, relay, logger);
    for (const producer of room.allProducers()) await capture.add(producer);
    capture.choose();
    return capture;
  }

  /** The relay asks a source for a keyframe (a video switch waits for one). */
  requestKeyFrame(ssrc: number): void {
    for (const feed of this.feeds.values()) {
      if (feed.ssrc === ssrc && feed.consumer.kind === 'video') feed.consumer.requestKeyFrame().catch(() => undefined);
    }
  }

  /** Resumes the consumers a slot wants or still forwards, pauses the others. */
  syncPaused(): void {
    const wanted = this.relay.wantedSsrcs();
    for (const { consumer, ssrc } of this.feeds.values()) {
      if (consumer.closed) continue;
      const change = wanted.has(ssrc) ? (consumer.paused ? consumer.resume() : null) : consumer.paused ? null : consumer.pause();
      change?.catch(() => undefined);
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.room.off('producerAdded', this.onProducer);
    this.room.off('speakerChanged', this.onSpeaker);
    this.transport.close();
    this.levels.close();
  }

  private async add(producer: types.Producer<ProducerAppData>): Promise<void> {
    if (this.closed || producer.closed || this.feeds.has(producer.id)) return;
    try {
      await this.room.routers.ensureOn(producer, producer.appData.peerId, await this.room.routers.primary());
      if (!this.router.canConsume({ producerId: producer.id, rtpCapabilities: LIVE_RTP_CAPABILITIES })) return;
      const consumer = await this.transport.consume({ producerId: producer.id, rtpCapabilities: LIVE_RTP_CAPABILITIES, paused: true });
      const ssrc = consumer.rtpParameters.encodings?.[0]?.ssrc;
      if (ssrc === undefined) return consumer.close();
      if (consumer.type === 'simulcast') consumer.setPreferredLayers({ spatialLayer: layerFor(producer.appData.layerHeights) }).catch(() => undefined);
      this.feeds.set(producer.id, { producer, consumer, ssrc });
      consumer.observer.once('close', () => {
        this.feeds.delete(producer.id);
        this.choose();
      });
      producer.observer.on('pause', () => this.choose());
      producer.observer.on('resume', () => this.choose());
      if (producer.kind === 'audio') await this.levels.addProducer({ producerId: producer.id }).catch(() => undefined);
      this.choose();
    } catch (error) {
      // The producer, the transport or the router closed meanwhile.
      this.logger.debug({ err: error, producerId: producer.id }, 'live: source skipped');
    }
  }

  /** Decides who is shown and mixed, tells the relay, then lets exactly those consumers flow. */
  private choose(): void {
    if (this.closed) return;
    const feeds = [...this.feeds.values()];
    const videos: VideoSource[] = feeds
      .filter(({ producer }) => producer.kind === 'video')
      .map(({ producer }) => ({
        producerId: producer.id,
        peerId: producer.appData.peerId,
        source: producer.appData.source === 'screen' ? 'screen' : 'camera',
        paused: producer.paused,
      }));
    this.videoProducerId = chooseVideo(videos, this.room.activeSpeakerId, this.videoProducerId);
    const openMics = feeds.filter(({ producer }) => producer.kind === 'audio' && !producer.paused).map(({ producer }) => producer.id);
    this.audioProducerIds = assignAudioSlots(this.audioProducerIds, this.loudest, openMics);
    const ssrcOf = (producerId: string | null) => (producerId ? (this.feeds.get(producerId)?.ssrc ?? null) : null);
    this.relay.video.setTarget(ssrcOf(this.videoProducerId));
    this.relay.audio.forEach((slot, index) => slot.setTarget(ssrcOf(this.audioProducerIds[index] ?? null)));
    this.syncPaused();
  }
}

/** The lowest simulcast layer at least 480 pixels high (the stream's largest size), else the top. */
function layerFor(heights: readonly number[]): number {
  const index = heights.findIndex((height) => height >= 480);
  return index === -1 ? Math.max(0, heights.length - 1) : index;
}
