/** Cumulative counts of one received RTP stream, cheap enough to update on every packet. */
export interface StreamCounts {
  packets: number;
  /** RTP header + payload bytes after SRTP decryption (what the consumer sends, give or take SRTP's tag). */
  bytes: number;
  /** Packets the sequence numbers say were sent since the first one seen (highest - first + 1). */
  expected: number;
}

/**
 * Counts packets and bytes of one stream and how many its sequence numbers say were sent, so
 * loss = expected - packets over any window (retransmissions recovered by NACK count as received).
 */
export class StreamCounter {
  private packets = 0;
  private bytes = 0;
  private firstSequence: number | undefined;
  /** Highest sequence number seen, extended past 16-bit wrap-arounds. */
  private highest = 0;

  add(sequenceNumber: number, size: number): void {
    this.packets++;
    this.bytes += size;
    if (this.firstSequence === undefined) {
      this.firstSequence = sequenceNumber;
      this.highest = sequenceNumber;
      return;
    }
    // Place the 16-bit number next to the highest seen: within ±32768 of it.
    const cycle = this.highest - (this.highest & 0xffff);
    let extended = cycle + sequenceNumber;
    if (extended < this.highest - 0x8000) extended += 0x10000;
    else if (extended > this.highest + 0x8000) extended -= 0x10000;
    if (extended > this.highest) this.highest = extended;
  }

  counts(): StreamCounts {
    const expected = this.firstSequence === undefined ? 0 : this.highest - this.firstSequence + 1;
    return { packets: this.packets, bytes: this.bytes, expected };
  }
}
