import type { RTCPeerConnection } from 'werift';
import type { StreamCounter } from './stream-counter.js';

/**
 * How a bot handles the RTP it receives.
 * - `decode`: werift does everything a browser's transport does before decoding: SRTP
 *   decryption and authentication, per-stream statistics, receiver reports, NACKs. About 90 µs
 *   of JavaScript per packet: a full-mesh room of 24 at 720p is ~80,000 packets/s, seven cores.
 * - `count`: the transport is the same real one (ICE, DTLS handshake, SRTP keys; SRTCP is still
 *   decrypted and sender reports read), but RTP packets are counted from their header, which
 *   SRTP leaves in clear, and dropped without decryption. No receiver reports or NACKs go back;
 *   the server forwards just the same. Several times cheaper, so a 2-core box can still hold the
 *   server *and* the room's receivers.
 */
export type ReceiveMode = 'decode' | 'count';

/** SRTP's authentication tag with the profile mediasoup picks first (AES_CM_128_HMAC_SHA1_80). */
const SRTP_TAG_BYTES = 10;

/** Handed back instead of a decrypted packet: a bare header with an SSRC no receiver knows. */
const DISCARDED = Buffer.from([0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);

interface SrtpSessionLike {
  decrypt(data: Buffer): Buffer;
}

/**
 * Puts a connection's receive path in count mode. werift keeps no hook between the socket and
 * SRTP, so this replaces its SRTP session's `decrypt`: werift calls it for every RTP packet
 * (RTCP goes through its SRTCP session, untouched). Done again whenever the connection
 * (re)connects, since a new DTLS handshake makes a new session.
 */
export function countRtpWithoutDecrypting(pc: RTCPeerConnection, counters: ReadonlyMap<number, StreamCounter>): void {
  const patched = new WeakSet<SrtpSessionLike>();
  const patch = () => {
    const dtls = pc.dtlsTransports[0] as unknown as { srtp?: SrtpSessionLike } | undefined;
    const session = dtls?.srtp;
    if (!session || patched.has(session)) return;
    patched.add(session);
    session.decrypt = (data: Buffer) => {
      counters.get(data.readUInt32BE(8))?.add(data.readUInt16BE(2), data.length - SRTP_TAG_BYTES);
      return DISCARDED;
    };
  };
  pc.connectionStateChange.subscribe((state) => {
    if (state === 'connected') patch();
  });
  patch();
}
