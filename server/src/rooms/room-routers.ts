import { EventEmitter } from 'node:events';
import type { types } from 'mediasoup';
import type { Logger } from '../observability/logger.js';
import type { WorkerPool, WorkerSlot } from '../media/worker-pool.js';

/** One of a room's routers, on one worker, and the peers whose transports live on it. */
export interface RoomRouter {
  router: types.Router;
  slot: WorkerSlot;
  peerIds: Set<string>;
}

interface RoomRoutersEvents {
  /** A router died with its worker; its peers have lost their transports. */
  lost: [lost: RoomRouter];
}

/**
 * The routers of one room. A room starts on one router; once every router holds
 * `peersPerRouter` peers it spreads to a router on another worker, and a producer is piped
 * (`pipeToRouter`) to each other router where someone consumes it — as edumeet does — so a big
 * call uses every core.
 */
export class RoomRouters extends EventEmitter<RoomRoutersEvents> {
  private readonly routers: RoomRouter[] = [];
  private readonly assignments = new Map<string, RoomRouter>();
  /** `producerId>routerId` → the pipe being (or already) set up. */
  private readonly pipes = new Map<string, Promise<void>>();
  private closed = false;
  private assigning: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly pool: WorkerPool,
    private readonly peersPerRouter: number,
    private readonly logger: Logger,
  ) {
    super();
  }

  /** The first router: it hosts the room's active-speaker observer. */
  async primary(): Promise<RoomRouter> {
    return this.routers[0] ?? (await this.add());
  }

  get all(): readonly RoomRouter[] {
    return this.routers;
  }

  routerOf(peerId: string): RoomRouter | undefined {
    return this.assignments.get(peerId);
  }

  /** The router a peer's transports go on: the least busy, or a new one on another worker. */
  assign(peerId: string): Promise<RoomRouter> {
    // One at a time, so two joins never both decide to add a router.
    const next = this.assigning.then(() => this.assignNow(peerId));
    this.assigning = next.catch(() => undefined);
    return next;
  }

  private async assignNow(peerId: string): Promise<RoomRouter> {
    const current = this.assignments.get(peerId);
    if (current && !current.router.closed) return current;
    const lightest = [...this.routers].sort((a, b) => a.peerIds.size - b.peerIds.size)[0];
    const full = !lightest || lightest.peerIds.size >= this.peersPerRouter;
    // Two routers of one room never share a worker: piping between them could not keep ids.
    const used = new Set(this.routers.map((entry) => entry.slot.index));
    const freeWorker = this.pool.liveWorkerIndexes().some((index) => !used.has(index));
    const target = lightest && !(full && freeWorker) ? lightest : await this.add();
    target.peerIds.add(peerId);
    this.assignments.set(peerId, target);
    return target;
  }

  /** Puts a peer on this router, whatever the load: a linked room's tile lives on the primary. */
  placeOn(peerId: string, entry: RoomRouter): void {
    this.assignments.get(peerId)?.peerIds.delete(peerId);
    entry.peerIds.add(peerId);
    this.assignments.set(peerId, entry);
  }

  release(peerId: string): void {
    const entry = this.assignments.get(peerId);
    if (!entry) return;
    this.assignments.delete(peerId);
    entry.peerIds.delete(peerId);
    // An emptied secondary router only costs a worker's attention: close it.
    if (entry.peerIds.size === 0 && entry !== this.routers[0]) entry.router.close();
  }

  /** Makes a producer available on `target`, piping it once from its own router if needed. */
  async ensureOn(producer: types.Producer, ownerPeerId: string, target: RoomRouter): Promise<void> {
    const source = this.assignments.get(ownerPeerId);
    if (!source || source === target || producer.closed) return;
    const key = `${producer.id}>${target.router.id}`;
    let pipe = this.pipes.get(key);
    if (!pipe) {
      pipe = source.router.pipeToRouter({ producerId: producer.id, router: target.router }).then(({ pipeProducer }) => {
        pipeProducer?.observer.once('close', () => this.pipes.delete(key));
      });
      pipe.catch(() => this.pipes.delete(key));
      this.pipes.set(key, pipe);
    }
    await pipe;
  }

  close(): void {
    this.closed = true;
    for (const entry of this.routers) entry.router.close();
  }

  private async add(): Promise<RoomRouter> {
    const { router, slot } = await this.pool.createRouter(new Set(this.routers.map((entry) => entry.slot.index)));
    const entry: RoomRouter = { router, slot, peerIds: new Set() };
    this.routers.push(entry);
    this.logger.info({ workerIndex: slot.index, routers: this.routers.length }, 'room router added');
    router.observer.once('close', () => this.forget(entry));
    router.once('workerclose', () => {
      if (!this.closed) this.emit('lost', entry);
    });
    return entry;
  }

  private forget(entry: RoomRouter): void {
    const index = this.routers.indexOf(entry);
    if (index !== -1) this.routers.splice(index, 1);
    for (const peerId of entry.peerIds) this.assignments.delete(peerId);
    for (const key of [...this.pipes.keys()]) if (key.endsWith(`>${entry.router.id}`)) this.pipes.delete(key);
  }
}
