import type { RtpPacket } from 'werift';
import type { FeedStream } from './rtp-feed.js';

export interface FanoutTarget {
  /** How far behind the live feed this bot plays, so that bots do not send in lockstep. */
  delayMs: number;
  send(stream: FeedStream, packet: RtpPacket): void;
}

interface Buffered {
  at: number;
  stream: FeedStream;
  packet: RtpPacket;
}

/** Sends happen in small batches, as a browser's pacer sends them. */
const TICK_MS = 5;

/**
 * Hands the looped feed to every bot of the process, each with its own delay. All bots play the
 * same file: without delays they would send every keyframe at the same instant and the server
 * would forward a burst of them to everyone, which real cameras never do. Delays spread over
 * a keyframe interval put each bot at another point of the loop.
 */
export class StaggeredFanout {
  private readonly buffer: Buffered[] = [];
  /** Index (in `buffer` terms, counting dropped entries) of the first entry still buffered. */
  private firstIndex = 0;
  private readonly targets: { target: FanoutTarget; next: number }[] = [];
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly keepMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.timer = setInterval(() => this.flush(), TICK_MS);
  }

  push(stream: FeedStream, packet: RtpPacket): void {
    const now = this.now();
    this.buffer.push({ at: now, stream, packet });
    let drop = 0;
    while (drop < this.buffer.length && this.buffer[drop]!.at < now - this.keepMs) drop++;
    if (drop > 0) {
      this.buffer.splice(0, drop);
      this.firstIndex += drop;
    }
  }

  /** A new bot starts with what arrives from now on (its delay then applies). */
  add(target: FanoutTarget): void {
    if (target.delayMs > this.keepMs) throw new Error(`delay ${target.delayMs} ms exceeds the ${this.keepMs} ms kept`);
    this.targets.push({ target, next: this.firstIndex + this.buffer.length });
  }

  close(): void {
    clearInterval(this.timer);
  }

  private flush(): void {
    const now = this.now();
    const end = this.firstIndex + this.buffer.length;
    for (const entry of this.targets) {
      entry.next = Math.max(entry.next, this.firstIndex);
      const due = now - entry.target.delayMs;
      while (entry.next < end) {
        const buffered = this.buffer[entry.next - this.firstIndex]!;
        if (buffered.at > due) break;
        entry.target.send(buffered.stream, buffered.packet);
        entry.next++;
      }
    }
  }
}
