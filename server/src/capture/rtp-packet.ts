/*
 * Just enough of RTP (RFC 3550) and the VP8 payload descriptor (RFC 7741) to splice several
 * sources into one continuous stream for ffmpeg: read the SSRC, sequence number and timestamp,
 * write new ones, and tell where a VP8 keyframe starts (the only place a decoder can join).
 */

export const RTP_HEADER_BYTES = 12;

export interface RtpHeader {
  payloadType: number;
  marker: boolean;
  sequenceNumber: number;
  timestamp: number;
  ssrc: number;
}

/** RTCP shares the port (rtcp-mux): its packet types 200–204 sit where RTP has marker + PT. */
export function isRtcp(packet: Buffer): boolean {
  return packet.length >= 2 && packet[1]! >= 192 && packet[1]! <= 223;
}

/** Whether an RTCP (compound) packet asks for a keyframe: a PLI or a FIR (RFC 4585, 5104). */
export function asksKeyFrame(packet: Buffer): boolean {
  let offset = 0;
  while (offset + 4 <= packet.length) {
    const format = packet[offset]! & 0x1f;
    const type = packet[offset + 1]!;
    if (type === 206 && (format === 1 || format === 4)) return true;
    offset += (packet.readUInt16BE(offset + 2) + 1) * 4;
  }
  return false;
}

export function readHeader(packet: Buffer): RtpHeader | null {
  if (packet.length < RTP_HEADER_BYTES || packet[0]! >> 6 !== 2 || isRtcp(packet)) return null;
  return {
    marker: (packet[1]! & 0x80) !== 0,
    payloadType: packet[1]! & 0x7f,
    sequenceNumber: packet.readUInt16BE(2),
    timestamp: packet.readUInt32BE(4),
    ssrc: packet.readUInt32BE(8),
  };
}

/** A copy of the packet with a new payload type, sequence number, timestamp and SSRC. */
export function rewriteHeader(packet: Buffer, header: Omit<RtpHeader, 'marker'>): Buffer {
  const copy = Buffer.from(packet);
  copy[1] = (copy[1]! & 0x80) | (header.payloadType & 0x7f);
  copy.writeUInt16BE(header.sequenceNumber & 0xffff, 2);
  copy.writeUInt32BE(header.timestamp >>> 0, 4);
  copy.writeUInt32BE(header.ssrc >>> 0, 8);
  return copy;
}

export function buildPacket(header: RtpHeader, payload: Buffer): Buffer {
  const packet = Buffer.alloc(RTP_HEADER_BYTES + payload.length);
  packet[0] = 0x80;
  packet[1] = (header.marker ? 0x80 : 0) | (header.payloadType & 0x7f);
  packet.writeUInt16BE(header.sequenceNumber & 0xffff, 2);
  packet.writeUInt32BE(header.timestamp >>> 0, 4);
  packet.writeUInt32BE(header.ssrc >>> 0, 8);
  payload.copy(packet, RTP_HEADER_BYTES);
  return packet;
}

/** Where the payload begins, after CSRCs and header extensions. */
export function payloadOffset(packet: Buffer): number {
  const csrcCount = packet[0]! & 0x0f;
  let offset = RTP_HEADER_BYTES + 4 * csrcCount;
  if (packet[0]! & 0x10) {
    if (packet.length < offset + 4) return packet.length;
    offset += 4 + 4 * packet.readUInt16BE(offset + 2);
  }
  return Math.min(offset, packet.length);
}

/** Whether this VP8 packet is the first one of a keyframe. */
export function startsVp8Keyframe(packet: Buffer): boolean {
  let offset = payloadOffset(packet);
  const descriptor = packet[offset];
  if (descriptor === undefined) return false;
  const extended = (descriptor & 0x80) !== 0;
  const startOfPartition = (descriptor & 0x10) !== 0;
  const partitionIndex = descriptor & 0x07;
  if (!startOfPartition || partitionIndex !== 0) return false;
  offset += 1;
  if (extended) {
    const flags = packet[offset] ?? 0;
    offset += 1;
    if (flags & 0x80) offset += (packet[offset] ?? 0) & 0x80 ? 2 : 1; // picture id, 7 or 15 bits
    if (flags & 0x40) offset += 1; // TL0PICIDX
    if (flags & 0x30) offset += 1; // TID / KEYIDX
  }
  const frameHeader = packet[offset];
  // The P bit of the VP8 frame tag: 0 for a keyframe.
  return frameHeader !== undefined && (frameHeader & 0x01) === 0;
}

/** Splits one encoded VP8 frame into RTP payloads (simple descriptor: S bit on the first). */
export function vp8Payloads(frame: Buffer, maxPayload = 1100): Buffer[] {
  const payloads: Buffer[] = [];
  for (let start = 0; start < frame.length; start += maxPayload) {
    const chunk = frame.subarray(start, start + maxPayload);
    payloads.push(Buffer.concat([Buffer.from([start === 0 ? 0x10 : 0x00]), chunk]));
  }
  return payloads;
}

/** One 20 ms Opus frame of silence (CELT, fullband): what SFUs send to keep a track alive. */
export const OPUS_SILENCE = Buffer.from([0xf8, 0xff, 0xfe]);
