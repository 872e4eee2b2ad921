import { randomInt, randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { types } from 'mediasoup';
import type { Logger } from '../observability/logger.js';
import type { Peer } from '../rooms/peer.js';
import type { ProducerAppData } from '../rooms/peer-media.js';
import type { Room } from '../rooms/room.js';
import { RoomCapture, type CaptureSlots } from '../capture/room-capture.js';
import { asksKeyFrame } from '../capture/rtp-packet.js';
import { RtpSlot } from '../capture/rtp-slot.js';
import { linkCodecs, type LinkCodecs } from './link-codecs.js';

/** Voices carried at once: the loudest open microphones of the other room, as in the live mix. */
export const LINK_AUDIO_SLOTS = 3;
/**
 * The picture sent across: one stream every viewer of the tile gets, so not the top layer
 * (24 viewers × 1.5 Mbps) but the 360p one (≈500 kbps), enough for a room seen in one tile.
 */
const LINK_VIDEO_HEIGHT = 360;

/**
 * One direction of a workshop link: the room `from` shown in the room `to` as one tile.
 *
 * Built as a bridge peer rather than by piping every producer across (pipeToRouter): the other
 * room's people would arrive as N separate tiles and N consumers per viewer, where the event wants
 * one tile for one room. So a RoomCapture follows `from`'s active speaker (or shared screen) and
 * loudest microphones, as the live stream does, through a DirectTransport; each RTP packet is
 * spliced into a fixed stream (no transcoding: the same VP8 and Opus) and sent into producers of
 * a DirectTransport on `to`, owned by the tile's peer. Keyframe requests of `to`'s viewers go
 * back to the source shown now. Tiles of linked rooms are never captured, so nothing echoes.
 */
interface LinkFeedEvents {
  /** Its media broke (a worker died): the link cannot go on, the registry ends it. */
  lost: [];
}

export class LinkFeed extends EventEmitter<LinkFeedEvents> {
  private closed = false;

  private constructor(
    private readonly to: Room,
    readonly tile: Peer,
    private readonly capture: RoomCapture,
    private readonly sink: types.DirectTransport,
    private readonly video: types.Producer<ProducerAppData>,
    private readonly voices: types.Producer<ProducerAppData>[],
    private readonly slots: CaptureSlots,
  ) {
    super();
    capture.on('chosen', () => this.showChosen());
    capture.on('lost', () => this.emit('lost'));
    sink.observer.once('close', () => {
      if (!this.closed) this.emit('lost');
    });
    sink.on('rtcp', (packet) => {
      if (asksKeyFrame(packet)) capture.refreshVideo();
    });
    this.showChosen();
  }

  static async open(from: Room, to: Room, logger: Logger): Promise<LinkFeed> {
    const primary = await to.routers.primary();
    const codecs = linkCodecs(primary.router.rtpCapabilities);
    const tile = to.addLinkedRoom(`link-${randomUUID()}`, from.name);
    const cleanups: (() => void)[] = [() => to.leave(tile)];
    try {
      to.routers.placeOn(tile.id, primary);
      const sink = await primary.router.createDirectTransport();
      cleanups.push(() => sink.close());
      const video = await produce(sink, tile, 'video', codecs);
      const voices = [];
      for (let index = 0; index < LINK_AUDIO_SLOTS; index += 1) voices.push(await produce(sink, tile, 'audio', codecs));
      let capture: RoomCapture | undefined;
      const slots = spliceInto(video, voices, codecs, () => capture?.syncPaused(), (ssrc) => capture?.requestKeyFrame(ssrc));
      const source = await (await from.routers.primary()).router.createDirectTransport();
      cleanups.push(() => source.close());
      capture = await RoomCapture.open(from, {
        transport: source,
        rtpCapabilities: codecs.capabilities,
        slots,
        videoHeight: LINK_VIDEO_HEIGHT,
        includes: (producer) => !from.isLinkedRoom(producer.appData.peerId),
        // Per RTP packet: a video packet only concerns the video slot, a voice only the audio ones.
        onConsumer: (consumer) =>
          consumer.kind === 'video'
            ? consumer.on('rtp', (packet) => slots.video.receive(packet))
            : consumer.on('rtp', (packet) => {
                for (const slot of slots.audio) slot.receive(packet);
              }),
        logger,
      });
      const feed = new LinkFeed(to, tile, capture, sink, video, voices, slots);
      for (const producer of [video, ...voices]) await to.publish(tile, producer);
      return feed;
    } catch (error) {
      for (const cleanup of cleanups.reverse()) cleanup();
      throw error;
    }
  }

  /** Idempotent: the tile leaves `to`, both transports close (hence every producer and consumer). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.capture.close();
    this.sink.close();
    this.to.leave(this.tile);
  }

  /** A slot with nothing to carry pauses its producer: the tile shows the camera off, the mic muted. */
  private showChosen(): void {
    if (this.closed) return;
    const pairs: [types.Producer, RtpSlot][] = [[this.video, this.slots.video], ...this.voices.map((voice, index) => [voice, this.slots.audio[index]!] as [types.Producer, RtpSlot])];
    for (const [producer, slot] of pairs) {
      if (producer.closed) continue;
      const wanted = slot.sources.target !== null;
      if (wanted === !producer.paused) continue;
      (wanted ? producer.resume() : producer.pause()).catch(() => undefined);
    }
  }
}

/** A producer of the tile's peer, paused until the link has something to send. */
async function produce(sink: types.DirectTransport, tile: Peer, kind: types.MediaKind, codecs: LinkCodecs): Promise<types.Producer<ProducerAppData>> {
  const producer = await sink.produce<ProducerAppData>({
    kind,
    rtpParameters: codecs.producerParameters(kind, randomInt(1, 0xffffffff)),
    paused: true,
    appData: { peerId: tile.id, source: kind === 'video' ? 'camera' : 'mic', layerHeights: [] },
  });
  tile.media.adopt(producer);
  return producer;
}

/** The slots that splice the captured sources into the tile's producers, keeping their SSRCs. */
function spliceInto(
  video: types.Producer,
  voices: types.Producer[],
  codecs: LinkCodecs,
  onSwitched: () => void,
  requestKeyFrame: (ssrc: number) => void,
): CaptureSlots {
  const slotFor = (producer: types.Producer, kind: 'audio' | 'video') =>
    new RtpSlot({
      kind,
      payloadType: codecs.payloadType(kind),
      clockRate: kind === 'video' ? 90_000 : 48_000,
      ssrc: producer.rtpParameters.encodings![0]!.ssrc!,
      send: (packet) => {
        if (!producer.closed) producer.send(packet);
      },
      requestKeyFrame,
      onSwitched,
      filler: null,
      stallMs: kind === 'video' ? 2_000 : 100,
    });
  return { video: slotFor(video, 'video'), audio: voices.map((voice) => slotFor(voice, 'audio')) };
}
