import { randomInt } from 'node:crypto';
import { readHeader, rewriteHeader, startsVp8Keyframe, type RtpHeader } from './rtp-packet.js';

/** What a slot sends when it has nothing to show: one frame's payloads per tick. */
export interface Filler {
  intervalMs: number;
  payloads: Buffer[];
}

export interface RtpSlotOptions {
  kind: 'audio' | 'video';
  /** As ffmpeg's SDP declares it. */
  payloadType: number;
  clockRate: number;
  send(packet: Buffer): void;
  /** Asks the source with this SSRC for a keyframe (video only). */
  requestKeyFrame(ssrc: number): void;
  /** The source being forwarded changed: consumers nobody forwards any more can pause. */
  onSwitched(): void;
  /** Null: nothing is sent while nothing is wanted (the receiver pauses its producer instead). */
  filler: Filler | null;
  /** The SSRC it sends with (a producer that declared it); random by default. */
  ssrc?: number;
  /** A source silent this long is covered by the filler (a muted mic, a frozen camera). */
  stallMs: number;
  now?: () => number;
}

const FILLER = 'filler';
const KEYFRAME_RETRY_MS = 1_000;

/**
 * One continuous RTP stream, spliced from whichever source is wanted now: into ffmpeg (which
 * reads a fixed set of streams and cannot follow a new SSRC, a jump in sequence numbers or in
 * timestamps) or into another room's producer (a workshop link). Every packet gets this slot's
 * SSRC and numbering, carried on across switches.
 * A video switch waits for the new source's keyframe and forwards the old one until then, so the
 * picture never breaks; while nothing is wanted (or the source went quiet), a filler (if given)
 * keeps the stream alive, since ffmpeg stalls its whole output waiting for a silent input.
 */
export class RtpSlot {
  private target: number | null = null;
  private live: number | typeof FILLER | null = null;
  private readonly ssrc: number;
  private lastSeq = randomInt(0, 0xffff);
  private lastTs = randomInt(0, 0x7fffffff);
  private lastAt: number;
  private seqOffset = 0;
  private tsOffset = 0;
  private fillerSeq = 0;
  private fillerTs = 0;
  private keyFrameAskedAt = -Infinity;
  private timer: NodeJS.Timeout | undefined;
  private readonly now: () => number;

  constructor(private readonly options: RtpSlotOptions) {
    this.now = options.now ?? (() => performance.now());
    this.ssrc = options.ssrc ?? randomInt(1, 0xffffffff);
    this.lastAt = this.now();
  }

  /** The SSRC wanted next (null: the filler), and the one still forwarded until the switch. */
  get sources(): { target: number | null; live: number | null } {
    return { target: this.target, live: typeof this.live === 'number' ? this.live : null };
  }

  start(): void {
    const { filler } = this.options;
    if (!filler) return;
    this.tick();
    this.timer ??= setInterval(() => this.tick(), filler.intervalMs);
  }

  close(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  setTarget(ssrc: number | null): void {
    if (ssrc === this.target) return;
    this.target = ssrc;
    if (ssrc !== null && this.options.kind === 'video') this.askKeyFrame(true);
  }

  /** A packet from mediasoup: forwarded if it comes from the live source or starts the switch. */
  receive(packet: Buffer): void {
    const header = readHeader(packet);
    if (!header) return;
    if (header.ssrc !== this.live) {
      if (header.ssrc !== this.target) return;
      if (this.options.kind === 'video' && !startsVp8Keyframe(packet)) {
        this.askKeyFrame(false);
        return;
      }
    }
    this.forward(header.ssrc, header, packet);
  }

  /** Sends a filler frame when nothing is wanted or the live source has gone quiet. */
  tick(): void {
    const now = this.now();
    const quiet = now - this.lastAt >= this.options.stallMs;
    if (this.target !== null && this.live !== this.target && this.options.kind === 'video') this.askKeyFrame(false);
    const covering = this.target === null || this.live === null || this.live === FILLER || quiet;
    if (!covering || !this.options.filler) return;
    const { payloads, intervalMs } = this.options.filler;
    this.fillerTs = (this.fillerTs + Math.round((this.options.clockRate * intervalMs) / 1000)) >>> 0;
    payloads.forEach((payload, index) => {
      this.fillerSeq = (this.fillerSeq + 1) & 0xffff;
      const header = {
        payloadType: this.options.payloadType,
        marker: index === payloads.length - 1,
        sequenceNumber: this.fillerSeq,
        timestamp: this.fillerTs,
        ssrc: 0,
      };
      const packet = Buffer.alloc(12 + payload.length);
      packet[0] = 0x80;
      packet[1] = (header.marker ? 0x80 : 0) | header.payloadType;
      payload.copy(packet, 12);
      this.forward(FILLER, header, packet);
    });
  }

  private forward(source: number | typeof FILLER, header: RtpHeader, packet: Buffer): void {
    const now = this.now();
    if (source !== this.live) {
      // Carry the numbering on: the next sequence number, and the timestamp the wall clock says.
      const elapsed = Math.max(1, Math.round(((now - this.lastAt) * this.options.clockRate) / 1000));
      this.seqOffset = this.lastSeq + 1 - header.sequenceNumber;
      this.tsOffset = this.lastTs + elapsed - header.timestamp;
      this.live = source;
      this.options.onSwitched();
    }
    const sequenceNumber = (header.sequenceNumber + this.seqOffset) & 0xffff;
    const timestamp = (header.timestamp + this.tsOffset) >>> 0;
    // A late (reordered) packet must not move the numbering back.
    if (((sequenceNumber - this.lastSeq) & 0xffff) < 0x8000) this.lastSeq = sequenceNumber;
    if (((timestamp - this.lastTs) >>> 0) < 0x80000000) this.lastTs = timestamp;
    this.lastAt = now;
    this.options.send(rewriteHeader(packet, { payloadType: this.options.payloadType, sequenceNumber, timestamp, ssrc: this.ssrc }));
  }

  private askKeyFrame(now: boolean): void {
    const at = this.now();
    if (this.target === null || (!now && at - this.keyFrameAskedAt < KEYFRAME_RETRY_MS)) return;
    this.keyFrameAskedAt = at;
    this.options.requestKeyFrame(this.target);
  }
}
