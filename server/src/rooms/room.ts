import { EventEmitter } from 'node:events';
import type { types } from 'mediasoup';
import {
  AppError,
  type ChatMessage,
  type MediaSource,
  type MeetingState,
  type Reaction,
  type PeerInfo,
  type RtpCapabilities,
  type RtpParameters,
  type ServerToClientEvents,
  type LiveState,
  LIVE_OFF,
} from '@palabre/shared';
import type { Logger } from '../observability/logger.js';
import type { WorkerPool } from '../media/worker-pool.js';
import type { PalabreSocket } from '../signalling/types.js';
import { ActiveSpeaker } from './active-speaker.js';
import { LayerDemand, type LayerConsumer } from './layer-demand.js';
import type { ConsumerAppData } from './consumer-view.js';
import { Peer } from './peer.js';
import type { Direction, ProducerAppData } from './peer-media.js';
import { RoomRouters, type RoomRouter } from './room-routers.js';
import type { RoomStorage } from './room-storage.js';
import { takeSeat, type SeatRequest } from './seating.js';
import { Meeting, requireFacilitator, type Actor, type MeetingEnding } from '../facilitation/meeting.js';

interface RoomEvents {
  /** The meeting changed (agenda, queue, floor...) and was stored: the state as it is now. */
  meetingChanged: [state: MeetingState];
  /** Someone started sending a source (the live stream picks it up). */
  producerAdded: [producer: types.Producer<ProducerAppData>];
  /** The dominant speaker changed (the live stream follows them). */
  speakerChanged: [peerId: string | null];
  /** The room's stream started or stopped (its linked rooms are told: their people are in it). */
  liveChanged: [state: LiveState];
  close: [];
}

export interface RoomDeps {
  pool: WorkerPool;
  logger: Logger;
  peerGraceMs: number;
  /** Peers per router before the room spreads to another worker. */
  peersPerRouter: number;
  storage: RoomStorage;
  /** Freezes the report when the meeting ends (publishing). */
  ending: MeetingEnding;
}

/**
 * One call: its peers and its routers (one worker, or several once it grows). The room fans
 * media out (every producer is consumed by every other ready peer, piped between routers when
 * needed) and closes itself when its last peer leaves.
 */
export class Room extends EventEmitter<RoomEvents> {
  readonly peers = new Map<string, Peer>();
  /** Whether the room is streamed live: set by the live registry, given to every joiner. */
  private live: LiveState = LIVE_OFF;
  /** Linked rooms streamed live now: set by the link registry, given to every joiner. */
  private linkedLiveRooms: string[] = [];
  private closed = false;
  private readonly logger: Logger;
  /** Server-side viewers (the live stream, workshop links): they need layers like a person does. */
  private readonly taps = new Set<types.Consumer>();
  private readonly layerDemand = new LayerDemand({
    producers: () => this.simulcastCameras(),
    consumers: () => [...this.peers.values()].flatMap((peer): LayerConsumer[] => [...peer.media.consumers.values()]).concat([...this.taps]),
    announce: (producerId, maxSpatialLayer) => this.announceLayers(producerId, maxSpatialLayer),
  });

  private constructor(
    readonly name: string,
    readonly routers: RoomRouters,
    private readonly routerRtpCaps: RtpCapabilities,
    private readonly speaker: ActiveSpeaker,
    readonly meeting: Meeting,
    private readonly deps: RoomDeps,
  ) {
    super();
    this.logger = deps.logger.child({ room: name });
    routers.on('lost', (lost) => void this.recover(lost));
    speaker.on('changed', (peerId) => {
      this.broadcast('speaker:changed', null, { peerId });
      this.emit('speakerChanged', peerId);
    });
  }

  static async create(name: string, deps: RoomDeps): Promise<Room> {
    const routers = new RoomRouters(deps.pool, deps.peersPerRouter, deps.logger.child({ room: name }));
    const primary = await routers.primary();
    const speaker = new ActiveSpeaker();
    await speaker.attach(primary.router);
    const { meetings, chat } = deps.storage;
    const meeting = new Meeting(meetings.openMeeting(name), meetings, chat, deps.ending);
    // Every router gets the same codecs, hence the same capabilities.
    return new Room(name, routers, primary.router.rtpCapabilities as RtpCapabilities, speaker, meeting, deps);
  }

  get activeSpeakerId(): string | null {
    return this.speaker.peerId;
  }

  get liveState(): LiveState {
    return this.live;
  }

  /** The live registry's word: everyone sees the badge change. */
  setLive(state: LiveState): void {
    this.live = state;
    this.broadcast('live:changed', null, state);
    this.emit('liveChanged', state);
  }

  get linkedLive(): string[] {
    return this.linkedLiveRooms;
  }

  setLinkedLive(rooms: string[]): void {
    if (rooms.join('\n') === this.linkedLiveRooms.join('\n')) return;
    this.linkedLiveRooms = rooms;
    this.broadcast('link:live', null, { rooms });
  }

  get routerRtpCapabilities(): RtpCapabilities {
    return this.routerRtpCaps;
  }

  /**
   * Seats someone: a peer still here whose resume token matches gets its seat back on the new
   * socket; otherwise the seat comes from storage (a known token after a restart keeps its id
   * and role) or is new.
   */
  join(socket: PalabreSocket, request: SeatRequest): Peer {
    if (this.closed) throw new AppError('NOT_FOUND', 'this room just closed; join again');
    const returning = request.resumeToken ? this.findByResumeToken(request.resumeToken) : undefined;
    if (returning && request.namedInReport !== undefined) {
      this.deps.storage.participants.setNamedInReport(returning.id, request.namedInReport);
    }
    if (returning) {
      returning.resume(socket);
      this.broadcast('peer:updated', returning.id, returning.info());
      this.logger.info({ peerId: returning.id }, 'peer resumed');
      return returning;
    }
    const seat = takeSeat(this.name, request, this.deps.storage);
    const peer = new Peer(seat.id, seat.name, seat.role, seat.resumeToken, socket, seat.firstTime);
    this.peers.set(peer.id, peer);
    if (request.namedInReport !== undefined) this.deps.storage.participants.setNamedInReport(seat.id, request.namedInReport);
    this.meeting.attend(seat.id);
    this.seat(peer);
    this.logger.info({ peerId: peer.id }, 'peer joined');
    return peer;
  }

  /**
   * Another room, shown here as one tile (a workshop link). It is nobody's seat: not stored, not
   * counted in the meeting; its media comes from the link, through `publish`.
   */
  addLinkedRoom(id: string, roomName: string): Peer {
    if (this.closed) throw new AppError('NOT_FOUND', 'this room just closed');
    const peer = Peer.forLinkedRoom(id, roomName);
    this.peers.set(peer.id, peer);
    this.seat(peer);
    this.logger.info({ peerId: peer.id, linkedRoom: roomName }, 'linked room shown');
    return peer;
  }

  /** Whether this peer is a linked room's tile (whose sources a link must not send back). */
  isLinkedRoom(peerId: string): boolean {
    return this.peers.get(peerId)?.linkedRoom != null;
  }

  /** A server-side consumer of this room's media: counted in layer demand while it lives. */
  addTap(consumer: types.Consumer): void {
    this.taps.add(consumer);
    consumer.observer.once('close', () => {
      this.taps.delete(consumer);
      this.layerDemand.schedule();
    });
    this.layerDemand.schedule();
  }

  /** A tap was paused, resumed or changed layers. */
  tapsChanged(): void {
    this.layerDemand.schedule();
  }

  private seat(peer: Peer): void {
    peer.media.on('changed', () => this.broadcast('peer:updated', peer.id, peer.info()));
    peer.media.on('demand', () => this.layerDemand.schedule());
    this.broadcast('peer:joined', peer.id, peer.info());
  }

  otherPeers(peer: Peer): PeerInfo[] {
    return [...this.peers.values()].filter((other) => other !== peer).map((other) => other.info());
  }

  /** The facilitator secret, for facilitators only. */
  facilitatorTokenFor(peer: Peer): string | null {
    return peer.role === 'facilitator' ? (this.deps.storage.rooms.facilitatorToken(this.name) ?? null) : null;
  }

  /** Runs a change of the meeting (stored before this returns), then shows it to everyone. */
  changeMeeting<T>(change: (meeting: Meeting) => T): T {
    const result = change(this.meeting);
    const state = this.meeting.state();
    this.emit('meetingChanged', state);
    this.broadcast('meeting:updated', null, state);
    return result;
  }

  /** Facilitator: the meeting is over for everyone; the room closes, the next join opens a new one. */
  endMeeting(actor: Actor): void {
    this.meeting.end(actor);
    this.broadcast('meeting:ended', null, { meetingId: this.meeting.id, endedBy: actor.name });
    this.close();
  }

  postChat(peer: Peer, text: string): ChatMessage {
    const message = this.meeting.postChat(peer, text);
    this.broadcast('chat:posted', null, message);
    return message;
  }

  react(peer: Peer, reaction: Reaction): void {
    this.broadcast('reaction:sent', null, { peerId: peer.id, reaction });
  }

  /** Facilitator: pause someone's microphone. Unmuting stays theirs alone. */
  async muteByFacilitator(actor: Actor, targetId: string): Promise<void> {
    requireFacilitator(actor, "mute someone's microphone");
    const target = this.peers.get(targetId);
    if (!target) throw new AppError('NOT_FOUND', 'that person is not in the room');
    for (const producer of target.media.producers.values()) {
      if (producer.appData.source === 'mic' && !producer.paused) await producer.pause();
    }
    target.send('mic:mutedByFacilitator', { byName: actor.name });
  }

  /** Facilitator: make someone a facilitator too, or hand the role over. */
  grantRole(actor: Peer, targetId: string, keepMine: boolean): void {
    requireFacilitator(actor, 'share the facilitator role');
    const target = this.peers.get(targetId);
    if (!target) throw new AppError('NOT_FOUND', 'that person is not in the room');
    const { participants } = this.deps.storage;
    const changes: [Peer, 'facilitator' | 'participant'][] = [[target, 'facilitator']];
    if (!keepMine && target !== actor) changes.push([actor, 'participant']);
    for (const [peer, role] of changes) {
      participants.setRole(peer.id, role);
      peer.role = role;
      peer.send('role:changed', { role, facilitatorToken: this.facilitatorTokenFor(peer) });
      this.broadcast('peer:updated', peer.id, peer.info());
    }
  }

  leave(peer: Peer): void {
    if (!this.peers.delete(peer.id)) return;
    peer.close();
    if (this.meeting.peerLeft(peer.id)) this.broadcast('meeting:updated', null, this.meeting.state());
    this.routers.release(peer.id);
    this.speaker.forget(peer.id);
    this.broadcast('peer:left', peer.id, { peerId: peer.id });
    this.logger.info({ peerId: peer.id }, 'peer left');
    // Linked rooms' tiles do not keep a room open: nobody would be there to see them.
    if (![...this.peers.values()].some((other) => other.linkedRoom === null)) this.close();
  }

  /** The peer's socket dropped: others see it reconnecting; it leaves if it doesn't come back. */
  disconnected(peer: Peer): void {
    peer.suspend(this.deps.peerGraceMs, () => this.leave(peer));
    if (this.peers.has(peer.id)) this.broadcast('peer:updated', peer.id, peer.info());
  }

  async createTransport(peer: Peer, direction: Direction) {
    const { router, slot } = await this.routers.assign(peer.id);
    return peer.media.createTransport(router, slot.webRtcServer, direction);
  }

  /** The peer can now receive: consume everything already produced in the room. */
  async mediaReady(peer: Peer, rtpCapabilities: RtpCapabilities): Promise<void> {
    if (!peer.media.recvTransport) {
      throw new AppError('NOT_FOUND', 'create a recv transport before media:ready');
    }
    peer.media.rtpCapabilities = rtpCapabilities;
    // Each consumer costs the client a renegotiation: what the newcomer sees first goes first
    // (the videos of its first page, reported before media:ready, then the microphones), so in
    // a full room the first picture does not wait for every consumer of the room.
    const first = (producer: types.Producer<ProducerAppData>) =>
      producer.kind === 'video' && peer.media.shows(producer.appData.peerId, producer.appData.source) ? 0 : producer.kind === 'audio' ? 1 : 2;
    const producers = [...this.producers(peer)].sort((a, b) => first(a) - first(b));
    for (const producer of producers) await this.consume(peer, producer);
  }

  async produce(
    peer: Peer,
    options: { transportId: string; source: MediaSource; kind: types.MediaKind; rtpParameters: RtpParameters; paused?: boolean | undefined },
  ): Promise<string> {
    const producer = await peer.media.produce(options);
    await this.publish(peer, producer);
    return producer.id;
  }

  /** Fans a new source out: the active-speaker observer, every other peer, the live stream. */
  async publish(peer: Peer, producer: types.Producer<ProducerAppData>): Promise<void> {
    await this.observeSpeech(producer);
    for (const other of this.peers.values()) {
      if (other !== peer) await this.consume(other, producer);
    }
    this.emit('producerAdded', producer);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const peer of this.peers.values()) peer.close();
    this.peers.clear();
    this.layerDemand.close();
    this.routers.close();
    this.logger.info('room closed');
    this.emit('close');
  }

  /** Every source sent in the room now. */
  allProducers(): types.Producer<ProducerAppData>[] {
    return [...this.producers()];
  }

  /** Simulcast video producers with their top layer index, for layer demand. */
  private simulcastCameras(): Map<string, number> {
    const cameras = new Map<string, number>();
    for (const producer of this.producers()) {
      if (producer.type === 'simulcast') cameras.set(producer.id, producer.appData.layerHeights.length - 1);
    }
    return cameras;
  }

  private announceLayers(producerId: string, maxSpatialLayer: number): void {
    for (const peer of this.peers.values()) {
      if (peer.media.producers.has(producerId)) peer.send('producer:layers', { producerId, maxSpatialLayer });
    }
  }

  private *producers(except?: Peer): Generator<types.Producer<ProducerAppData>> {
    for (const peer of this.peers.values()) {
      if (peer !== except) yield* peer.media.producers.values();
    }
  }

  /** Microphones feed the active-speaker observer, which lives on the primary router. */
  private async observeSpeech(producer: types.Producer<ProducerAppData>): Promise<void> {
    if (producer.kind !== 'audio') return;
    await this.routers.ensureOn(producer, producer.appData.peerId, await this.routers.primary());
    await this.speaker.add(producer);
  }

  /** Creates a paused consumer; the client resumes it once it can play it (no RTP wasted before). */
  private async consume(subscriber: Peer, producer: types.Producer<ProducerAppData>): Promise<void> {
    const { rtpCapabilities, recvTransport } = subscriber.media;
    const home = this.routers.routerOf(subscriber.id);
    if (!rtpCapabilities || !recvTransport || !home || producer.closed) return;
    let consumer: types.Consumer<ConsumerAppData>;
    try {
      await this.routers.ensureOn(producer, producer.appData.peerId, home);
      if (!home.router.canConsume({ producerId: producer.id, rtpCapabilities: rtpCapabilities as types.RtpCapabilities })) {
        this.logger.warn({ peerId: subscriber.id, producerId: producer.id }, 'peer cannot consume this codec');
        return;
      }
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
      // A transport, router or producer closed while we awaited: nothing to announce.
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

  /** Sends an event to every peer of the room but one (or all, with null). */
  broadcast<E extends keyof ServerToClientEvents>(
    event: E,
    exceptPeerId: string | null,
    ...args: Parameters<ServerToClientEvents[E]>
  ): void {
    for (const peer of this.peers.values()) {
      if (peer.id !== exceptPeerId) peer.send(event, ...args);
    }
  }

  /**
   * A router died with its worker: its peers lost their transports and set media up again
   * (`media:reset`) on another router; the others lose only what came from there, through the
   * closing pipes. The active-speaker observer moves if it lived there.
   */
  private async recover(lost: RoomRouter): Promise<void> {
    const affected = [...lost.peerIds].flatMap((peerId) => this.peers.get(peerId) ?? []);
    const observerLost = lost === this.routers.all[0];
    this.logger.warn({ workerIndex: lost.slot.index, peers: affected.length }, 'worker died; moving its peers');
    for (const peer of affected) peer.media.forget();
    try {
      await new Promise<void>((resolve) => setImmediate(resolve)); // let the router's close settle
      if (this.closed) return;
      if (observerLost || this.routers.all.length === 0) {
        const primary = await this.routers.primary();
        await this.speaker.attach(primary.router);
        for (const producer of this.producers()) await this.observeSpeech(producer);
      }
      for (const peer of affected) peer.send('media:reset', { routerRtpCapabilities: this.routerRtpCapabilities });
    } catch (error) {
      this.logger.error({ err: error }, 'could not recover from the worker death; closing the room');
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
