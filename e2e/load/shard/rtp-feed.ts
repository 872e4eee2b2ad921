import dgram from 'node:dgram';
import { RtpPacket } from 'werift';

export type FeedStream = { kind: 'audio' } | { kind: 'video'; layer: number };

/**
 * The UDP sockets on which ffmpeg's looped RTP arrives in a bot process: one per stream. Each
 * packet is parsed once and handed to every bot of the process (werift copies it per sender).
 */
export class RtpFeed {
  private constructor(private readonly sockets: dgram.Socket[]) {}

  static async open(layers: number, onPacket: (stream: FeedStream, packet: RtpPacket) => void): Promise<RtpFeed> {
    const streams: FeedStream[] = [{ kind: 'audio' }, ...Array.from({ length: layers }, (_, layer) => ({ kind: 'video' as const, layer }))];
    const sockets = await Promise.all(
      streams.map(async (stream) => {
        const socket = dgram.createSocket('udp4');
        socket.on('message', (message) => onPacket(stream, RtpPacket.deSerialize(message)));
        await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
        return socket;
      }),
    );
    return new RtpFeed(sockets);
  }

  /** Audio port first, then one per video layer. */
  get ports(): { audio: number; video: number[] } {
    const [audio, ...video] = this.sockets.map((socket) => socket.address().port);
    return { audio: audio!, video };
  }

  close(): void {
    for (const socket of this.sockets) socket.close();
  }
}
