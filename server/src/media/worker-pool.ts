import { EventEmitter, once } from 'node:events';
import * as mediasoup from 'mediasoup';
import type { types } from 'mediasoup';
import type { Logger } from '../observability/logger.js';
import { mediaCodecs } from './media-codecs.js';

export interface WorkerPoolOptions {
  size: number;
  /** Worker i listens on basePort + i; 0 lets the system pick. */
  rtcBasePort: number;
  listenIp: string;
  announcedAddress?: string | undefined;
  logger: Logger;
}

/** One running worker and the WebRtcServer that owns its UDP/TCP port. */
export interface WorkerSlot {
  index: number;
  worker: types.Worker;
  webRtcServer: types.WebRtcServer;
}

interface WorkerPoolEvents {
  /** A worker died and was replaced; routers that lived on it are gone. */
  replaced: [slot: WorkerSlot];
}

/**
 * A fixed number of mediasoup workers, one per core by default. A worker that dies is logged and
 * replaced on the same index (so on the same port); rooms listen to their router's `workerclose`
 * and ask the pool for a new router.
 */
export class WorkerPool extends EventEmitter<WorkerPoolEvents> {
  private readonly slots: (WorkerSlot | undefined)[];
  private readonly pending = new Map<number, Promise<WorkerSlot>>();
  private readonly routerCounts = new Map<types.Worker, number>();
  private closed = false;

  private constructor(private readonly options: WorkerPoolOptions) {
    super();
    this.slots = new Array<WorkerSlot | undefined>(options.size);
  }

  static async start(options: WorkerPoolOptions): Promise<WorkerPool> {
    const pool = new WorkerPool(options);
    await Promise.all(Array.from({ length: options.size }, (_, index) => pool.spawn(index)));
    return pool;
  }

  get workers(): WorkerSlot[] {
    return this.slots.filter((slot): slot is WorkerSlot => slot !== undefined);
  }

  get size(): number {
    return this.options.size;
  }

  /** Indexes of the workers running now (a dead one being replaced is not among them). */
  liveWorkerIndexes(): number[] {
    return this.workers.filter((slot) => !slot.worker.closed).map((slot) => slot.index);
  }

  /**
   * A router on the least loaded live worker, preferring workers not in `avoid` (those already
   * hosting the asking room), waiting for a replacement if none is live.
   */
  async createRouter(avoid: ReadonlySet<number> = new Set()): Promise<{ router: types.Router; slot: WorkerSlot }> {
    // The chosen worker may die while we ask it (several at once in a crash): pick again.
    for (let attempt = 1; ; attempt++) {
      const slot = await this.leastLoadedSlot(avoid);
      try {
        const router = await slot.worker.createRouter({ mediaCodecs });
        this.routerCounts.set(slot.worker, (this.routerCounts.get(slot.worker) ?? 0) + 1);
        router.observer.once('close', () => {
          this.routerCounts.set(slot.worker, (this.routerCounts.get(slot.worker) ?? 1) - 1);
        });
        return { router, slot };
      } catch (error) {
        if (!slot.worker.closed || attempt >= 5) throw error;
      }
    }
  }

  close(): void {
    this.closed = true;
    for (const slot of this.workers) slot.worker.close();
  }

  private async leastLoadedSlot(avoid: ReadonlySet<number>): Promise<WorkerSlot> {
    const running = this.workers.filter((slot) => !slot.worker.closed);
    const preferred = running.filter((slot) => !avoid.has(slot.index));
    const live = preferred.length > 0 ? preferred : running;
    if (live.length === 0) {
      const next = this.pending.values().next();
      if (!next.done) return next.value;
      // A router's `workerclose` fires before the worker's `died`, so a room may ask before the
      // replacement has even started: wait for it.
      const [replacement] = await once(this, 'replaced', { signal: AbortSignal.timeout(15_000) });
      return replacement as WorkerSlot;
    }
    const load = (slot: WorkerSlot) => this.routerCounts.get(slot.worker) ?? 0;
    return live.reduce((best, slot) => (load(slot) < load(best) ? slot : best));
  }

  private spawn(index: number): Promise<WorkerSlot> {
    const starting = this.startSlot(index).finally(() => this.pending.delete(index));
    this.pending.set(index, starting);
    return starting;
  }

  private async startSlot(index: number): Promise<WorkerSlot> {
    const { logger } = this.options;
    const worker = await mediasoup.createWorker({ logLevel: 'warn' });
    const port = this.options.rtcBasePort === 0 ? 0 : this.options.rtcBasePort + index;
    const listen = (protocol: 'udp' | 'tcp'): types.TransportListenInfo => ({
      protocol,
      ip: this.options.listenIp,
      ...(port === 0 ? {} : { port }),
      ...(this.options.announcedAddress ? { announcedAddress: this.options.announcedAddress } : {}),
    });
    const webRtcServer = await worker.createWebRtcServer({ listenInfos: [listen('udp'), listen('tcp')] });
    const slot: WorkerSlot = { index, worker, webRtcServer };
    this.slots[index] = slot;
    logger.info({ workerIndex: index, pid: worker.pid, port }, 'mediasoup worker started');

    worker.once('died', (error) => {
      this.routerCounts.delete(worker);
      if (this.closed) return;
      logger.error({ workerIndex: index, pid: worker.pid, err: error }, 'mediasoup worker died; replacing it');
      this.spawn(index).then(
        (replacement) => this.emit('replaced', replacement),
        (spawnError: unknown) => logger.fatal({ err: spawnError }, 'could not replace mediasoup worker'),
      );
    });
    return slot;
  }
}
