import { spawn } from 'node:child_process';
import type { types } from 'mediasoup';
import type { RtpParameters } from '@palabre/shared';
import type { RunningServer } from '../palabre-server.js';

export interface RealMedia {
  /** The ffmpeg sending (started here; stopped by close). */
  pid: number | undefined;
  close(): Promise<void>;
}

const VIDEO_SSRC = 22_222_222;
const AUDIO_SSRC = 11_111_111;

/**
 * Gives a joined test peer a real camera and microphone: two PlainTransports (comedia: they
 * learn ffmpeg's address from its first packet) on the peer's router, a producer on each through
 * the room's own `produce` path, and an ffmpeg encoding a test card (VP8) and a tone (Opus)
 * live. The transports are slipped into the peer's media as its send transports: test-only.
 */
export async function sendRealMedia(
  server: RunningServer,
  roomName: string,
  peerId: string,
  video: { width: number; height: number; fps: number } = { width: 320, height: 240, fps: 15 },
): Promise<RealMedia> {
  const room = server.rooms.get(roomName);
  const peer = room?.peers.get(peerId);
  if (!room || !peer) throw new Error(`no peer ${peerId} in ${roomName}`);
  const { router } = await room.routers.assign(peer.id);
  const open = async () => {
    const transport = await router.createPlainTransport({ listenInfo: { protocol: 'udp', ip: '127.0.0.1' }, rtcpMux: true, comedia: true, appData: { direction: 'send' } });
    peer.media.transports.set(transport.id, transport as unknown as types.WebRtcTransport<{ direction: 'send' }>);
    return transport;
  };
  const [videoTransport, audioTransport] = [await open(), await open()];
  const videoParameters = {
    codecs: [{ mimeType: 'video/VP8', payloadType: 96, clockRate: 90000, rtcpFeedback: [{ type: 'nack', parameter: 'pli' }] }],
    encodings: [{ ssrc: VIDEO_SSRC }],
  } as RtpParameters;
  const audioParameters = {
    codecs: [{ mimeType: 'audio/opus', payloadType: 111, clockRate: 48000, channels: 2 }],
    encodings: [{ ssrc: AUDIO_SSRC }],
  } as RtpParameters;
  await room.produce(peer, { transportId: videoTransport.id, source: 'camera', kind: 'video', rtpParameters: videoParameters });
  await room.produce(peer, { transportId: audioTransport.id, source: 'mic', kind: 'audio', rtpParameters: audioParameters });

  const ffmpeg = spawn(
    'ffmpeg',
    [
      '-hide_banner', '-loglevel', 'error', '-nostdin',
      '-re', '-f', 'lavfi', '-i', `testsrc2=size=${video.width}x${video.height}:rate=${video.fps}`,
      '-re', '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000',
      '-map', '0:v', '-c:v', 'libvpx', '-deadline', 'realtime', '-cpu-used', '8', '-b:v', '400k', '-g', String(video.fps),
      '-ssrc', String(VIDEO_SSRC), '-payload_type', '96', '-f', 'rtp', `rtp://127.0.0.1:${videoTransport.tuple.localPort}?pkt_size=1200`,
      '-map', '1:a', '-c:a', 'libopus', '-b:a', '48k', '-ac', '2',
      '-ssrc', String(AUDIO_SSRC), '-payload_type', '111', '-f', 'rtp', `rtp://127.0.0.1:${audioTransport.tuple.localPort}?pkt_size=1200`,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const exited = new Promise<void>((resolve) => ffmpeg.once('exit', () => resolve()));
  return {
    pid: ffmpeg.pid,
    close: async () => {
      ffmpeg.kill('SIGTERM');
      const timer = setTimeout(() => ffmpeg.kill('SIGKILL'), 3_000);
      await exited;
      clearTimeout(timer);
      videoTransport.close();
      audioTransport.close();
    },
  };
}
