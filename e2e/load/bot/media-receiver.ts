import type { RTCPeerConnection } from 'werift';
import type { ConsumerOptions, MediaKind, RtpCapabilities, TransportOptions } from '@palabre/shared';
import { countRtpWithoutDecrypting, type ReceiveMode } from './count-only-receive.js';
import { localDtlsParameters, recvOffer } from './sdp.js';
import { request, type BotSocket } from './signalling.js';
import { StreamCounter, type StreamCounts } from './stream-counter.js';
import { EXTENSION, createRecvConnection } from './werift-setup.js';
import { watchConnectionState } from './connection-state.js';

export interface ReceivedStream extends StreamCounts {
  consumerId: string;
  peerId: string;
  kind: MediaKind;
  producerPaused: boolean;
}

interface Consumed {
  options: ConsumerOptions;
  counter: StreamCounter;
  counting: boolean;
}

/**
 * A bot's receive transport, as mediasoup-client's handler runs it: every announced consumer
 * becomes an m-section of the server's offer, werift answers, then the consumer is resumed.
 * Consumers that arrive together (a join brings dozens) share one renegotiation.
 */
export class MediaReceiver {
  private readonly consumed = new Map<string, Consumed>();
  /** Count mode: counters by the SSRC the server sends each consumer with. */
  private readonly countersBySsrc = new Map<number, StreamCounter>();
  private readonly pending: ConsumerOptions[] = [];
  /** Closed by the server (their producer left): a resume that raced with that is no error. */
  private readonly closedIds = new Set<string>();
  private negotiating = false;
  private version = 1;
  private transportConnected = false;
  private closed = false;
  /** The first failure of the negotiation loop, reported with the bot's state. */
  error: string | undefined;

  private constructor(
    private readonly socket: BotSocket,
    private readonly pc: RTCPeerConnection,
    private readonly transport: TransportOptions,
    private readonly mode: ReceiveMode,
  ) {
    socket.on('consumer:added', (consumer) => this.enqueue(consumer));
    socket.on('consumer:closed', ({ consumerId }) => this.closedIds.add(consumerId));
    if (mode === 'count') countRtpWithoutDecrypting(pc, this.countersBySsrc);
  }

  /** Creates the recv transport and tells the server we are ready: it then announces consumers. */
  static async open(socket: BotSocket, routerRtpCapabilities: RtpCapabilities, mode: ReceiveMode): Promise<MediaReceiver> {
    const pc = createRecvConnection();
    const transport = await request(socket, 'transport:create', { direction: 'recv' });
    const receiver = new MediaReceiver(socket, pc, transport, mode);
    await request(socket, 'media:ready', { rtpCapabilities: receiveCapabilities(routerRtpCapabilities) });
    return receiver;
  }

  streams(): ReceivedStream[] {
    return [...this.consumed.values()].map(({ options, counter }) => ({
      consumerId: options.consumerId,
      peerId: options.peerId,
      kind: options.kind,
      producerPaused: options.producerPaused,
      ...counter.counts(),
    }));
  }

  /** Reports the connection going down (disconnected, failed, closed) and coming back. */
  onStateChange(listener: (state: string) => void): void {
    watchConnectionState(this.pc, listener);
  }

  get connectionState(): string {
    return this.pc.connectionState;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.pc.close();
  }

  private enqueue(consumer: ConsumerOptions): void {
    this.pending.push(consumer);
    if (!this.negotiating) void this.negotiate();
  }

  private async negotiate(): Promise<void> {
    this.negotiating = true;
    try {
      // No await between the last check of `pending` and clearing the flag: nothing is missed.
      while (this.pending.length > 0 && !this.closed) await this.negotiateBatch(this.pending.splice(0));
    } catch (error) {
      if (!this.closed) this.error ??= error instanceof Error ? error.message : String(error);
    } finally {
      this.negotiating = false;
    }
  }

  private async negotiateBatch(batch: ConsumerOptions[]): Promise<void> {
    for (const options of batch) {
      const counter = new StreamCounter();
      this.consumed.set(options.consumerId, { options, counter, counting: false });
      const ssrc = options.rtpParameters.encodings?.[0]?.ssrc;
      if (ssrc !== undefined) this.countersBySsrc.set(ssrc, counter);
    }
    const all = [...this.consumed.values()].map(({ options }) => options);
    await this.pc.setRemoteDescription({ type: 'offer', sdp: recvOffer(all, this.transport, ++this.version) });
    const answer = await this.pc.createAnswer();
    if (!this.transportConnected) {
      // Like mediasoup-client: the server learns our fingerprint and role before the handshake.
      await request(this.socket, 'transport:connect', {
        transportId: this.transport.id,
        dtlsParameters: localDtlsParameters(answer.sdp),
      });
      this.transportConnected = true;
    }
    await this.pc.setLocalDescription(answer);
    if (this.mode === 'decode') this.countNewStreams();
    for (const options of batch) {
      try {
        await request(this.socket, 'consumer:resume', { consumerId: options.consumerId });
      } catch (error) {
        if (!this.closedIds.has(options.consumerId)) throw error;
      }
    }
  }

  /** Decode mode: hooks a counter on the remote track of each m-section negotiated for the first time. */
  private countNewStreams(): void {
    const byMid = new Map(this.pc.getTransceivers().map((transceiver) => [transceiver.mid, transceiver]));
    for (const entry of this.consumed.values()) {
      if (entry.counting) continue;
      const track = byMid.get(entry.options.rtpParameters.mid ?? entry.options.consumerId)?.receiver.tracks[0];
      if (!track) continue;
      entry.counting = true;
      track.onReceiveRtp.subscribe((packet) => {
        entry.counter.add(packet.header.sequenceNumber, packet.header.serializeSize + packet.payload.length);
      });
    }
  }
}

/**
 * What the bot tells the server it can receive: Opus and VP8 with NACK, PLI and FIR, and the
 * MID extension; no transport-cc/REMB (see createRecvConnection) and no RTX (loopback loses
 * next to nothing; mediasoup resends on the original SSRC when asked).
 */
export function receiveCapabilities(router: RtpCapabilities): RtpCapabilities {
  const wanted = new Set(['audio/opus', 'video/vp8']);
  return {
    codecs: (router.codecs ?? [])
      .filter((codec) => wanted.has(codec.mimeType.toLowerCase()))
      .map((codec) => ({
        ...codec,
        rtcpFeedback: (codec.rtcpFeedback ?? []).filter((feedback) => feedback.type === 'nack' || feedback.type === 'ccm'),
      })),
    headerExtensions: (router.headerExtensions ?? []).filter((extension) => extension.uri === EXTENSION.mid),
  };
}
