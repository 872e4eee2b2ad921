import { describe, expect, it } from 'vitest';
import { buildPacket, readHeader, vp8Payloads } from './rtp-packet.js';
import { RtpSlot } from './rtp-slot.js';

const KEYFRAME = Buffer.from([0x10, 0x00, 0x9d, 0x01, 0x2a]); // S bit, then a VP8 tag with P = 0
const DELTA = Buffer.from([0x10, 0x01, 0x00]); // P = 1: an inter frame

function setUp(kind: 'audio' | 'video' = 'video') {
  let now = 0;
  const sent: Buffer[] = [];
  const keyFrameAsks: number[] = [];
  const slot = new RtpSlot({
    kind,
    payloadType: 96,
    clockRate: 90_000,
    send: (packet) => sent.push(packet),
    requestKeyFrame: (ssrc) => keyFrameAsks.push(ssrc),
    onSwitched: () => undefined,
    filler: { intervalMs: 200, payloads: vp8Payloads(Buffer.from([0x00, 0x01])) },
    stallMs: 2_000,
    now: () => now,
  });
  const packet = (ssrc: number, sequenceNumber: number, timestamp: number, payload: Buffer) =>
    buildPacket({ payloadType: 100, marker: true, sequenceNumber, timestamp, ssrc }, payload);
  return { slot, sent, keyFrameAsks, packet, advance: (ms: number) => (now += ms) };
}

describe('RtpSlot', () => {
  it('sends the filler until a source is wanted, then joins it at its keyframe with continuous numbering', () => {
    const { slot, sent, keyFrameAsks, packet, advance } = setUp();
    slot.tick();
    expect(sent).toHaveLength(1);
    slot.setTarget(7);
    expect(keyFrameAsks).toEqual([7]);
    slot.receive(packet(7, 500, 1_000_000, DELTA));
    expect(sent).toHaveLength(1); // no decoder can start on an inter frame
    advance(40);
    slot.receive(packet(7, 501, 1_003_600, KEYFRAME));
    slot.receive(packet(7, 502, 1_007_200, DELTA));
    slot.receive(packet(8, 900, 5, KEYFRAME)); // not wanted
    expect(sent).toHaveLength(3);
    const [filler, first, second] = sent.map((buffer) => readHeader(buffer)!);
    expect(new Set([filler!.ssrc, first!.ssrc, second!.ssrc]).size).toBe(1);
    expect(first!.sequenceNumber).toBe((filler!.sequenceNumber + 1) & 0xffff);
    expect(second!.sequenceNumber).toBe((first!.sequenceNumber + 1) & 0xffff);
    expect(first!.timestamp - filler!.timestamp).toBe(3_600); // 40 ms at 90 kHz
    expect(second!.timestamp - first!.timestamp).toBe(3_600);
    expect(first!.payloadType).toBe(96);
  });

  it('keeps forwarding the old source until the new one sends a keyframe', () => {
    const { slot, sent, packet, advance } = setUp();
    slot.setTarget(1);
    slot.receive(packet(1, 10, 100, KEYFRAME));
    slot.setTarget(2);
    advance(40);
    slot.receive(packet(1, 11, 3_700, DELTA));
    slot.receive(packet(2, 70, 50, DELTA));
    expect(slot.sources).toEqual({ target: 2, live: 1 });
    slot.receive(packet(2, 71, 3_650, KEYFRAME));
    expect(slot.sources).toEqual({ target: 2, live: 2 });
    slot.receive(packet(1, 12, 7_300, DELTA));
    expect(sent).toHaveLength(3);
  });

  it('covers a source gone quiet with the filler, and takes it back when it speaks again', () => {
    const { slot, sent, packet, advance } = setUp('audio');
    slot.setTarget(5);
    slot.receive(packet(5, 1, 960, Buffer.from([1])));
    advance(100);
    slot.tick();
    expect(sent).toHaveLength(1); // not quiet long enough
    advance(2_000);
    slot.tick();
    expect(sent).toHaveLength(2);
    expect(slot.sources.live).toBeNull();
    slot.receive(packet(5, 2, 1_920, Buffer.from([1])));
    expect(slot.sources.live).toBe(5);
    expect(sent).toHaveLength(3);
  });
});
