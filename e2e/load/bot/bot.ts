import type { RtpPacket } from 'werift';
import { PROTOCOL_VERSION } from '@palabre/shared';
import type { ReceiveMode } from './count-only-receive.js';
import { MediaReceiver, type ReceivedStream } from './media-receiver.js';
import { MediaSender, type SimulcastLayer } from './media-sender.js';
import { connectSignalling, request, type BotSocket } from './signalling.js';
import { ViewReporter, type ViewOptions } from './view-reporter.js';

export interface BotOptions {
  url: string;
  room: string;
  name: string;
  layers: SimulcastLayer[];
  micOpen: boolean;
  receive: ReceiveMode;
  /** Undefined: never report a view, so the server sends every video at the best layer. */
  view: ViewOptions | undefined;
}

export interface BotSnapshot {
  name: string;
  /** Connect → joined → recv transport ready → send transport connected and both producers created. */
  joinMs: number;
  send: string;
  recv: string;
  errors: string[];
  /** What went wrong after joining, with seconds since the join: dropped socket, failed transports. */
  incidents: string[];
  streams: (ReceivedStream & { from: string })[];
}

/**
 * A synthetic participant: joins through the real signalling, receives every consumer the
 * server announces over a real ICE + DTLS-SRTP transport, and sends a microphone and a simulcast
 * camera whose RTP comes from looped files (handed in by its process, see StaggeredFanout).
 */
export class Bot {
  private readonly incidents: string[] = [];
  private readonly joinedAt = performance.now();

  private constructor(
    readonly name: string,
    private readonly socket: BotSocket,
    private readonly receiver: MediaReceiver,
    private readonly sender: MediaSender,
    private readonly viewer: ViewReporter | undefined,
    private readonly joinMs: number,
    /** Display names by peer id, to tell in the report whose stream each consumer carries. */
    private readonly names: Map<string, string>,
  ) {
    const at = () => `${((performance.now() - this.joinedAt) / 1000).toFixed(1)} s`;
    socket.on('producer:layers', ({ producerId, maxSpatialLayer }) => sender.limitLayers(producerId, maxSpatialLayer));
    socket.on('disconnect', (reason) => this.incidents.push(`signalling disconnected (${reason}) at ${at()}`));
    sender.onStateChange((state) => this.incidents.push(`send transport ${state} at ${at()}`));
    receiver.onStateChange((state) => this.incidents.push(`recv transport ${state} at ${at()}`));
  }

  static async join(options: BotOptions): Promise<Bot> {
    const started = performance.now();
    const socket = await connectSignalling(options.url);
    try {
      const join = await request(socket, 'room:join', { protocolVersion: PROTOCOL_VERSION, room: options.room, name: options.name });
      const names = new Map(join.peers.map((peer) => [peer.id, peer.name]));
      socket.on('peer:joined', (peer) => names.set(peer.id, peer.name));
      const receiver = await MediaReceiver.open(socket, join.routerRtpCapabilities, options.receive);
      const sender = await MediaSender.open(socket, options.layers, { paused: !options.micOpen });
      const viewer = options.view && new ViewReporter(socket, join.self.id, join.peers, options.view);
      return new Bot(options.name, socket, receiver, sender, viewer, performance.now() - started, names);
    } catch (error) {
      socket.disconnect();
      throw error;
    }
  }

  sendAudio(packet: RtpPacket): void {
    this.sender.sendAudio(packet);
  }

  sendVideo(layer: number, packet: RtpPacket): void {
    this.sender.sendVideo(layer, packet);
  }

  snapshot(): BotSnapshot {
    return {
      name: this.name,
      joinMs: Math.round(this.joinMs),
      send: this.sender.connectionState,
      recv: this.receiver.connectionState,
      errors: [this.receiver.error, this.viewer?.error].filter((error) => error !== undefined),
      incidents: [...this.incidents],
      streams: this.receiver.streams().map((stream) => ({ ...stream, from: this.names.get(stream.peerId) ?? stream.peerId })),
    };
  }

  /** Leaves the room properly (others see it go at once), then closes transports and socket. */
  async leave(): Promise<void> {
    this.viewer?.close();
    await request(this.socket, 'room:leave', {}, 2_000).catch(() => undefined);
    await Promise.allSettled([this.sender.close(), this.receiver.close()]);
    this.socket.disconnect();
  }
}
