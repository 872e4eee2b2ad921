import dgram from 'node:dgram';
import { once } from 'node:events';
import { RtpSlot, type Filler } from '../capture/rtp-slot.js';
import { OPUS_SILENCE, vp8Payloads } from '../capture/rtp-packet.js';
import { OPUS_PAYLOAD_TYPE, VP8_PAYLOAD_TYPE } from './live-sdp.js';

export interface RelayPorts {
  video: number;
  audio: number[];
}

export interface RelayOptions {
  ports: RelayPorts;
  /** The VP8 keyframe shown while there is no picture. */
  placeholder: Buffer;
  requestKeyFrame(ssrc: number): void;
  onSwitched(): void;
}

/**
 * Between mediasoup and ffmpeg, on loopback: one UDP socket receives every consumer of the
 * stream's PlainTransport (they differ by SSRC) and sends ffmpeg a fixed set of streams, one
 * video slot and a few audio slots. Switching who is shown is then a matter of which SSRC a slot
 * follows: ffmpeg never restarts and never sees a new stream.
 */
export class RtpRelay {
  readonly video: RtpSlot;
  readonly audio: RtpSlot[];

  private constructor(
    private readonly socket: dgram.Socket,
    options: RelayOptions,
  ) {
    const send = (port: number) => (packet: Buffer) => socket.send(packet, port, '127.0.0.1');
    const common = { requestKeyFrame: options.requestKeyFrame, onSwitched: options.onSwitched };
    const videoFiller: Filler = { intervalMs: 200, payloads: vp8Payloads(options.placeholder) };
    const silence: Filler = { intervalMs: 20, payloads: [OPUS_SILENCE] };
    this.video = new RtpSlot({
      ...common,
      kind: 'video',
      payloadType: VP8_PAYLOAD_TYPE,
      clockRate: 90_000,
      send: send(options.ports.video),
      filler: videoFiller,
      stallMs: 2_000,
    });
    this.audio = options.ports.audio.map(
      (port) =>
        new RtpSlot({ ...common, kind: 'audio', payloadType: OPUS_PAYLOAD_TYPE, clockRate: 48_000, send: send(port), filler: silence, stallMs: 100 }),
    );
    socket.on('message', (packet) => {
      this.video.receive(packet);
      for (const slot of this.audio) slot.receive(packet);
    });
    // A send to ffmpeg's port before it listens (or after it quit) is just lost.
    socket.on('error', () => undefined);
  }

  static async open(options: RelayOptions): Promise<RtpRelay> {
    const socket = dgram.createSocket('udp4');
    socket.bind(0, '127.0.0.1');
    await once(socket, 'listening');
    // Video frames arrive in bursts of packets: a big buffer avoids drops on a busy machine.
    socket.setRecvBufferSize(4 * 1024 * 1024);
    return new RtpRelay(socket, options);
  }

  /** Where mediasoup sends the consumers' RTP. */
  get port(): number {
    return this.socket.address().port;
  }

  /** Starts the fillers: ffmpeg gets a keyframe and audio at once, whatever the room does. */
  start(): void {
    this.video.start();
    for (const slot of this.audio) slot.start();
  }

  close(): void {
    this.video.close();
    for (const slot of this.audio) slot.close();
    this.socket.close();
  }
}

/**
 * Free even UDP ports on loopback for ffmpeg (each RTP port p also takes p + 1 for RTCP). They
 * are released before ffmpeg binds them: a tiny race, which a start that fails reports.
 */
export async function freeRtpPorts(count: number): Promise<number[]> {
  const ports: number[] = [];
  const held: dgram.Socket[] = [];
  try {
    while (ports.length < count) {
      const port = 20_000 + 2 * Math.floor(Math.random() * 10_000);
      const pair = [dgram.createSocket('udp4'), dgram.createSocket('udp4')];
      const bound = await Promise.all(
        pair.map((socket, index) => new Promise<boolean>((resolve) => {
          socket.once('error', () => resolve(false));
          socket.bind(port + index, '127.0.0.1', () => resolve(true));
        })),
      );
      held.push(...pair);
      if (bound.every(Boolean)) ports.push(port);
    }
    return ports;
  } finally {
    for (const socket of held) socket.close();
  }
}
