import { EventEmitter } from 'node:events';
import type { types } from 'mediasoup';
import type { Logger } from '../observability/logger.js';
import type { ProducerAppData } from '../rooms/peer-media.js';
import type { Room } from '../rooms/room.js';
import type { RtpSlot } from './rtp-slot.js';
import { assignAudioSlots, chooseVideo, type VideoSource } from './source-choice.js';

/** The fixed streams a capture fills: one picture, a few voices. */
export interface CaptureSlots {
  video: RtpSlot;
  audio: RtpSlot[];
}

export interface RoomCaptureOptions {
  /** On the room's primary router: a PlainTransport (to a relay) or a DirectTransport. */
  transport: types.Transport;
  /** What the capture's consumers accept (codecs, and the header extensions kept). */
  rtpCapabilities: types.RtpCapabilities;
  slots: CaptureSlots;
  /** The simulcast layer wanted: the lowest one at least this many pixels high. */
  videoHeight: number;
  /** Which sources may be shown (a workshop link leaves out the tiles of linked rooms). */
  includes?: (producer: types.Producer<ProducerAppData>) => boolean;
  /** Each new consumer (a DirectTransport capture listens to its `rtp` here). */
  onConsumer?: (consumer: types.Consumer, producer: types.Producer<ProducerAppData>) => void;
  logger: Logger;
}

interface Feed {
  producer: types.Producer<ProducerAppData>;
  consumer: types.Consumer;
  ssrc: number;
}

interface RoomCaptureEvents {
  /** The transport closed under us (its worker died): whatever uses the capture stops. */
  lost: [];
  /** Who is shown and mixed changed (or may have): which slots have a source now. */
  chosen: [];
}

/**
 * Follows a room's sources into fixed RTP slots, for the live stream and for workshop links: a
 * paused consumer per source on one transport, the active speaker's (or a shared screen's)
 * video in the video slot, the loudest open microphones in the audio slots. Only what a slot
 * forwards or waits for flows; the other consumers cost mediasoup nothing. The consumers count
 * as viewers for the room's dynacast, so the layer they ask for is really sent.
 */
export class RoomCapture extends EventEmitter<RoomCaptureEvents> {
  private readonly feeds = new Map<string, Feed>();
  private loudest: string[] = [];
  private videoProducerId: string | null = null;
  private pinnedPeerId: string | null = null;
  private audioProducerIds: (string | null)[];
  private closed = false;
  private readonly onProducer = (producer: types.Producer<ProducerAppData>) => void this.add(producer);
  private readonly onSpeaker = () => this.choose();

  private constructor(
    private readonly room: Room,
    private readonly router: types.Router,
    private readonly levels: types.AudioLevelObserver,
    private readonly options: RoomCaptureOptions,
  ) {
    super();
    this.audioProducerIds = options.slots.audio.map(() => null);
    options.transport.observer.once('close', () => {
      if (!this.closed) this.emit('lost');
    });
    levels.on('volumes', (volumes) => {
      this.loudest = volumes.map(({ producer }) => producer.id);
      this.choose();
    });
    room.on('producerAdded', this.onProducer);
    room.on('speakerChanged', this.onSpeaker);
  }

  static async open(room: Room, options: RoomCaptureOptions): Promise<RoomCapture> {
    const { router } = await room.routers.primary();
    const levels = await router.createAudioLevelObserver({ maxEntries: options.slots.audio.length, threshold: -60, interval: 500 });
    const capture = new RoomCapture(room, router, levels, options);
    for (const producer of room.allProducers()) await capture.add(producer);
    capture.choose();
    return capture;
  }

  /** Shows this person whatever the active speaker (null: follow the speaker again). */
  pin(peerId: string | null): void {
    this.pinnedPeerId = peerId;
    this.choose();
  }

  /** Asks the video shown now (or about to be) for a keyframe: a receiver is starting. */
  refreshVideo(): void {
    const { live, target } = this.options.slots.video.sources;
    const shown = live ?? target;
    if (shown !== null) this.requestKeyFrame(shown);
  }

  /** A slot (or the receiver of its stream) asks a source for a keyframe. */
  requestKeyFrame(ssrc: number): void {
    for (const feed of this.feeds.values()) {
      if (feed.ssrc === ssrc && feed.consumer.kind === 'video') feed.consumer.requestKeyFrame().catch(() => undefined);
    }
  }

  /** Resumes the consumers a slot wants or still forwards, pauses the others. */
  syncPaused(): void {
    const wanted = wantedSsrcs(this.options.slots);
    for (const { consumer, ssrc } of this.feeds.values()) {
      if (consumer.closed) continue;
      const change = wanted.has(ssrc) ? (consumer.paused ? consumer.resume() : null) : consumer.paused ? null : consumer.pause();
      change?.then(() => this.room.tapsChanged()).catch(() => undefined);
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.room.off('producerAdded', this.onProducer);
    this.room.off('speakerChanged', this.onSpeaker);
    this.options.transport.close();
    this.levels.close();
  }

  private async add(producer: types.Producer<ProducerAppData>): Promise<void> {
    const { transport, rtpCapabilities, includes, onConsumer, videoHeight, logger } = this.options;
    if (this.closed || producer.closed || this.feeds.has(producer.id) || (includes && !includes(producer))) return;
    try {
      await this.room.routers.ensureOn(producer, producer.appData.peerId, await this.room.routers.primary());
      if (!this.router.canConsume({ producerId: producer.id, rtpCapabilities })) return;
      const consumer = await transport.consume({ producerId: producer.id, rtpCapabilities, paused: true });
      const ssrc = consumer.rtpParameters.encodings?.[0]?.ssrc;
      if (ssrc === undefined) return consumer.close();
      if (consumer.type === 'simulcast') {
        consumer.setPreferredLayers({ spatialLayer: layerFor(producer.appData.layerHeights, videoHeight) }).catch(() => undefined);
      }
      this.feeds.set(producer.id, { producer, consumer, ssrc });
      this.room.addTap(consumer);
      onConsumer?.(consumer, producer);
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
      logger.debug({ err: error, producerId: producer.id }, 'capture: source skipped');
    }
  }

  /** Decides who is shown and mixed, tells the slots, then lets exactly those consumers flow. */
  private choose(): void {
    if (this.closed) return;
    const { slots } = this.options;
    const feeds = [...this.feeds.values()];
    const videos: VideoSource[] = feeds
      .filter(({ producer }) => producer.kind === 'video')
      .map(({ producer }) => ({
        producerId: producer.id,
        peerId: producer.appData.peerId,
        source: producer.appData.source === 'screen' ? 'screen' : 'camera',
        paused: producer.paused,
      }));
    this.videoProducerId = chooseVideo(videos, this.room.activeSpeakerId, this.videoProducerId, this.pinnedPeerId);
    const openMics = feeds.filter(({ producer }) => producer.kind === 'audio' && !producer.paused).map(({ producer }) => producer.id);
    this.audioProducerIds = assignAudioSlots(this.audioProducerIds, this.loudest, openMics);
    const ssrcOf = (producerId: string | null) => (producerId ? (this.feeds.get(producerId)?.ssrc ?? null) : null);
    slots.video.setTarget(ssrcOf(this.videoProducerId));
    slots.audio.forEach((slot, index) => slot.setTarget(ssrcOf(this.audioProducerIds[index] ?? null)));
    this.syncPaused();
    this.emit('chosen');
  }
}

/** Every SSRC a slot wants or still forwards: their consumers must flow, the others pause. */
export function wantedSsrcs(slots: CaptureSlots): Set<number> {
  const wanted = new Set<number>();
  for (const slot of [slots.video, ...slots.audio]) {
    const { target, live } = slot.sources;
    if (target !== null) wanted.add(target);
    if (live !== null) wanted.add(live);
  }
  return wanted;
}

/** The lowest simulcast layer at least `height` pixels high, else the top one. */
function layerFor(heights: readonly number[], height: number): number {
  const index = heights.findIndex((layerHeight) => layerHeight >= height);
  return index === -1 ? Math.max(0, heights.length - 1) : index;
}
