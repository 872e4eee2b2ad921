import { EventEmitter } from 'node:events';
import type { types } from 'mediasoup';
import {
  AppError,
  type MediaSource,
  type PeerInfo,
  type RtpCapabilities,
  type RtpParameters,
  type ServerToClientEvents,
} from '@palabre/shared';
import type { Logger } from '../observability/logger.js';
import type { WorkerPool, WorkerSlot } from '../media/worker-pool.js';
import type { PalabreSocket } from '../signalling/types.js';
import { ActiveSpeaker } from './active-speaker.js';
import type { ConsumerAppData } from './consumer-view.js';
import { Peer } from './peer.js';
import type { Direction, ProducerAppData } from './peer-media.js';

interface RoomEvents {
  close: [];
}

export interface RoomDeps {
  pool: WorkerPool;
  logger: Logger;
  peerGraceMs: number;
}

/**
 * One call: a router on one worker and the peers in it. The room fans media out (every producer
 * is consumed by every other ready peer) and closes itself when its last peer leaves.
 */
export class Room extends EventEmitter<RoomEvents> {
  readonly peers = new Map<string, Peer>();
  private closed = false;
  private readonly logger: Logger;

  private constructor(
    readonly name: string,
    private router: types.Router,
    private slot: WorkerSlot,
    private readonly speaker: ActiveSpeaker,
    private readonly deps: RoomDeps,
  ) {
    super();
    this.logger = deps.logger.child({ room: name });
    this.watchRouter();
    speaker.on('changed', (peerId) => this.broadcast('speaker:changed', null, { peerId }));
  }

  static async create(name: string, deps: RoomDeps): Promise<Room> {
    const { router, slot } = await deps.pool.createRouter();
    const speaker = new ActiveSpeaker();
    await speaker.attach(router);
    return new Room(name, router, slot, speaker, deps);
  }

  get activeSpeakerId(): string | null {
    return this.speaker.peerId;
  }

  get routerRtpCapabilities(): RtpCapabilities {
    return this.router.rtpCapabilities as RtpCapabilities;
  }

  get workerIndex(): number {
    return this.slot.index;
  }

  /** Seats a new peer, or gives a returning one its seat back when its resume token matches. */
  join(socket: PalabreSocket, name: string, resumeToken?: string): Peer {
    if (this.closed) throw new AppError('NOT_FOUND', 'this room just closed; join again');
    const returning = resumeToken ? this.findByResumeToken(resumeToken) : undefined;
    if (returning) {
      returning.resume(socket);
      this.broadcast('peer:updated', returning.id, returning.info());
      this.logger.info({ peerId: returning.id }, 'peer resumed');
      return returning;
    }
    const peer = new Peer(name, socket);
    this.peers.set(peer.id, peer);
    peer.media.on('changed', () => this.broadcast('peer:updated', peer.id, peer.info()));
    this.broadcast('peer:joined', peer.id, peer.info());
    this.logger.info({ peerId: peer.id }, 'peer joined');
    return peer;
  }

  otherPeers(peer: Peer): PeerInfo[] {
    return [...this.peers.values()].filter((other) => other !== peer).map((other) => other.info());
  }

  leave(peer: Peer): void {
    if (!this.peers.delete(peer.id)) return;
    peer.close();
    this.speaker.forget(peer.id);
    this.broadcast('peer:left', peer.id, { peerId: peer.id });
    this.logger.info({ peerId: peer.id }, 'peer left');
    if (this.peers.size === 0) this.close();
  }

  /** The peer's socket dropped: others see it reconnecting; it leaves if it doesn't come back. */
  disconnected(peer: Peer): void {
    peer.suspend(this.deps.peerGraceMs, () => this.leave(peer));
    if (this.peers.has(peer.id)) this.broadcast('peer:updated', peer.id, peer.info());
  }

  createTransport(peer: Peer, direction: Direction) {
    return peer.media.createTransport(this.router, this.slot.webRtcServer, direction);
  }

  /** The peer can now receive: consume everything already produced in the room. */
  async mediaReady(peer: Peer, rtpCapabilities: RtpCapabilities): Promise<void> {
    if (!peer.media.recvTransport) {
      throw new AppError('NOT_FOUND', 'create a recv transport before media:ready');
    }
    peer.media.rtpCapabilities = rtpCapabilities;
    for (const producer of this.producers(peer)) await this.consume(peer, producer);
  }

  async produce(
    peer: Peer,
    options: { transportId: string; source: MediaSource; kind: types.MediaKind; rtpParameters: RtpParameters; paused?: boolean | undefined },
  ): Promise<string> {
    const producer = await peer.media.produce(options);
    await this.speaker.add(producer);
    for (const other of this.peers.values()) {
      if (other !== peer) await this.consume(other, producer);
    }
    return producer.id;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const peer of this.peers.values()) peer.close();
    this.peers.clear();
    this.router.close();
    this.logger.info('room closed');
    this.emit('close');
  }

  private *producers(except: Peer): Generator<types.Producer<ProducerAppData>> {
    for (const peer of this.peers.values()) {
      if (peer !== except) yield* peer.media.producers.values();
    }
  }

  /** Creates a paused consumer; the client resumes it once it can play it (no RTP wasted before). */
  private async consume(subscriber: Peer, producer: types.Producer<ProducerAppData>): Promise<void> {
    const { rtpCapabilities, recvTransport } = subscriber.media;
    if (!rtpCapabilities || !recvTransport || producer.closed) return;
    if (!this.router.canConsume({ producerId: producer.id, rtpCapabilities: rtpCapabilities as types.RtpCapabilities })) {
      this.logger.warn({ peerId: subscriber.id, producerId: producer.id }, 'peer cannot consume this codec');
      return;
    }
    let consumer: types.Consumer<ConsumerAppData>;
    try {
      consumer = await recvTransport.consume<ConsumerAppData>({
        producerId: producer.id,
        rtpCapabilities: rtpCapabilities as types.RtpCapabilities,
        paused: true,
        appData: {
          peerId: producer.appData.peerId,
          source: producer.appData.source,
          layerHeights: producer.appData.layerHeights,
          clientReady: false,
        },
      });
    } catch (error) {
      // The transport or the producer closed while we awaited: nothing to announce.
      this.logger.debug({ err: error, peerId: subscriber.id }, 'consume skipped');
      return;
    }
    subscriber.media.addConsumer(consumer);
    consumer.once('producerclose', () => subscriber.send('consumer:closed', { consumerId: consumer.id }));
    subscriber.send('consumer:added', {
      consumerId: consumer.id,
      producerId: producer.id,
      peerId: producer.appData.peerId,
      kind: consumer.kind,
      source: producer.appData.source,
      rtpParameters: consumer.rtpParameters as RtpParameters,
      producerPaused: consumer.producerPaused,
    });
  }

  private broadcast<E extends keyof ServerToClientEvents>(
    event: E,
    exceptPeerId: string | null,
    ...args: Parameters<ServerToClientEvents[E]>
  ): void {
    for (const peer of this.peers.values()) {
      if (peer.id !== exceptPeerId) peer.send(event, ...args);
    }
  }

  private watchRouter(): void {
    this.router.once('workerclose', () => {
      if (!this.closed) void this.relocate();
    });
  }

  /** Our worker died: move to a new router and have every client set its media up again. */
  private async relocate(): Promise<void> {
    this.logger.warn({ workerIndex: this.slot.index }, 'worker died; moving room to a new router');
    for (const peer of this.peers.values()) peer.media.forget();
    try {
      const { router, slot } = await this.deps.pool.createRouter();
      if (this.closed) {
        router.close();
        return;
      }
      this.router = router;
      this.slot = slot;
      await this.speaker.attach(router);
      this.watchRouter();
      for (const peer of this.peers.values()) {
        peer.send('media:reset', { routerRtpCapabilities: this.routerRtpCapabilities });
      }
    } catch (error) {
      this.logger.error({ err: error }, 'could not relocate room; closing it');
      this.close();
    }
  }

  private findByResumeToken(token: string): Peer | undefined {
    for (const peer of this.peers.values()) {
      if (peer.resumeToken === token) return peer;
    }
    return undefined;
  }
}
