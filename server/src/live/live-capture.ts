import type { types } from 'mediasoup';
import type { Logger } from '../observability/logger.js';
import type { Room } from '../rooms/room.js';
import { RoomCapture } from '../capture/room-capture.js';
import type { RtpRelay } from './rtp-relay.js';
import { OPUS_PAYLOAD_TYPE, VP8_PAYLOAD_TYPE } from './live-sdp.js';

/** What ffmpeg's SDP declares: Opus and VP8 (an H264-only camera is not shown yet). */
const LIVE_RTP_CAPABILITIES: types.RtpCapabilities = {
  codecs: [
    { kind: 'audio', mimeType: 'audio/opus', clockRate: 48000, channels: 2, preferredPayloadType: OPUS_PAYLOAD_TYPE },
    { kind: 'video', mimeType: 'video/VP8', clockRate: 90000, preferredPayloadType: VP8_PAYLOAD_TYPE, rtcpFeedback: [{ type: 'nack', parameter: 'pli' }] },
  ],
  headerExtensions: [],
};

/** The stream's largest picture is 480 pixels high: no need for a bigger layer. */
const LIVE_VIDEO_HEIGHT = 480;

/**
 * The room's side of a stream: one PlainTransport on the room's primary router (comedia off: it
 * sends to the relay's port), following the room's sources into the relay's slots.
 */
export async function openLiveCapture(room: Room, relay: RtpRelay, logger: Logger): Promise<RoomCapture> {
  const { router } = await room.routers.primary();
  const transport = await router.createPlainTransport({ listenInfo: { protocol: 'udp', ip: '127.0.0.1' }, rtcpMux: true, comedia: false });
  try {
    await transport.connect({ ip: '127.0.0.1', port: relay.port });
    return await RoomCapture.open(room, {
      transport,
      rtpCapabilities: LIVE_RTP_CAPABILITIES,
      slots: relay,
      videoHeight: LIVE_VIDEO_HEIGHT,
      logger,
    });
  } catch (error) {
    transport.close();
    throw error;
  }
}
