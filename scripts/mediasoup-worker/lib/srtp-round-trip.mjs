// SRTP round trip through one worker, no external peer needed:
//   plain RTP → [PlainTransport] → Producer → Consumer → [PlainTransport, SRTP]
//   → relay socket → [PlainTransport, SRTP, same keys] → Producer (stats)
// Packets reach the last Producer only if the worker encrypted them and then
// authenticated and decrypted them again, i.e. srtp_protect/unprotect work.
import * as dgram from 'node:dgram';
import { setTimeout as sleep } from 'node:timers/promises';

export const SRTP_SUITES = ['AEAD_AES_256_GCM', 'AEAD_AES_128_GCM', 'AES_CM_128_HMAC_SHA1_80', 'AES_CM_128_HMAC_SHA1_32'];

const LOOPBACK = { protocol: 'udp', ip: '127.0.0.1' };
const SOURCE_SSRC = 0x1234_5678;
const OPUS_PT = 100;
const PACKET_COUNT = 30;

/** Resolves to the number of packets decrypted; rejects if none were. */
export async function srtpRoundTrip(router, cryptoSuite) {
  const transports = [];
  const sockets = [];
  const plainTransport = async (options) => {
    const transport = await router.createPlainTransport({ listenInfo: LOOPBACK, rtcpMux: true, ...options });
    transports.push(transport);
    return transport;
  };
  const socket = async () => {
    const s = dgram.createSocket('udp4');
    sockets.push(s);
    await new Promise((resolve) => s.bind(0, '127.0.0.1', resolve));
    return s;
  };

  try {
    const plainIn = await plainTransport({ comedia: true });
    const producer = await plainIn.produce({
      kind: 'audio',
      rtpParameters: {
        codecs: [{ mimeType: 'audio/opus', payloadType: OPUS_PT, clockRate: 48000, channels: 2 }],
        encodings: [{ ssrc: SOURCE_SSRC }],
      },
    });

    const relay = await socket();
    const encrypting = await plainTransport({ comedia: false, enableSrtp: true, srtpCryptoSuite: cryptoSuite });
    await encrypting.connect({
      ip: '127.0.0.1',
      port: relay.address().port,
      srtpParameters: encrypting.srtpParameters,
    });
    const consumer = await encrypting.consume({ producerId: producer.id, rtpCapabilities: router.rtpCapabilities });

    // Decrypts with the keys `encrypting` encrypts with.
    const decrypting = await plainTransport({ comedia: true, enableSrtp: true, srtpCryptoSuite: cryptoSuite });
    await decrypting.connect({ srtpParameters: encrypting.srtpParameters });
    const decrypted = await decrypting.produce({ kind: 'audio', rtpParameters: consumer.rtpParameters });

    let relayed = 0;
    relay.on('message', (packet, from) => {
      if (from.port !== encrypting.tuple.localPort) return; // e.g. RTCP from `decrypting`
      relayed++;
      relay.send(packet, decrypting.tuple.localPort, '127.0.0.1');
    });

    const sender = await socket();
    for (let seq = 0; seq < PACKET_COUNT; seq++) {
      sender.send(opusRtpPacket(seq), plainIn.tuple.localPort, '127.0.0.1');
      await sleep(10);
    }
    await sleep(300);

    const stats = await decrypted.getStats();
    const packets = stats.reduce((sum, stream) => sum + (stream.packetCount ?? 0), 0);
    if (packets === 0) throw new Error(`SRTP ${cryptoSuite}: nothing decrypted (${relayed} packets relayed)`);
    return packets;
  } finally {
    for (const transport of transports) transport.close();
    for (const s of sockets) s.close();
  }
}

function opusRtpPacket(seq) {
  const packet = Buffer.alloc(12 + 40, 0x55);
  packet[0] = 0x80; // RTP version 2
  packet[1] = OPUS_PT;
  packet.writeUInt16BE(seq, 2);
  packet.writeUInt32BE(seq * 960, 4);
  packet.writeUInt32BE(SOURCE_SSRC, 8);
  packet[12] = 0xfc; // Opus TOC: 20 ms frame
  return packet;
}
