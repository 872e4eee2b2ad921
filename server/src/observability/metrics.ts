import { Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { types } from 'mediasoup';
import type { WorkerPool } from '../media/worker-pool.js';
import type { RoomManager } from '../rooms/room-manager.js';

/**
 * Prometheus metrics, computed at scrape time from the live objects (nothing to keep in step).
 * Worker CPU is a gauge of cumulative seconds because a replaced worker starts again from zero.
 */
export function createMetrics(rooms: RoomManager, pool: WorkerPool): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'palabre_' });

  const allPeers = () => [...rooms.rooms.values()].flatMap((room) => [...room.peers.values()]);

  new Gauge({
    name: 'palabre_rooms',
    help: 'Rooms with at least one peer',
    registers: [registry],
    collect() {
      this.set(rooms.rooms.size);
    },
  });

  new Gauge({
    name: 'palabre_peers',
    help: 'Peers in rooms, including those reconnecting',
    registers: [registry],
    collect() {
      this.set(allPeers().length);
    },
  });

  const producers = () => allPeers().flatMap((peer) => [...peer.media.producers.values()]);
  const consumers = () => allPeers().flatMap((peer) => [...peer.media.consumers.values()]);

  new Gauge({
    name: 'palabre_producers',
    help: 'Producers by media kind',
    labelNames: ['kind'],
    registers: [registry],
    collect() {
      setByKind(this, producers());
    },
  });
  new Gauge({
    name: 'palabre_consumers',
    help: 'Consumers by media kind',
    labelNames: ['kind'],
    registers: [registry],
    collect() {
      setByKind(this, consumers());
    },
  });
  new Gauge({
    name: 'palabre_consumers_forwarding',
    help: 'Consumers that forward RTP now: neither they nor their producer are paused',
    labelNames: ['kind'],
    registers: [registry],
    collect() {
      setByKind(this, consumers().filter((consumer) => !consumer.paused && !consumer.producerPaused));
    },
  });

  const workerGauge = (name: string, help: string, read: (usage: WorkerUsage) => number) =>
    new Gauge({
      name,
      help,
      labelNames: ['worker', 'pid'],
      registers: [registry],
      async collect() {
        this.reset();
        for (const usage of await readWorkerUsage(pool)) this.set(usage.labels, read(usage));
      },
    });
  // ru_utime/ru_stime are milliseconds; ru_maxrss is KiB on Linux.
  workerGauge(
    'palabre_worker_cpu_seconds',
    'CPU time (user + system) used by each mediasoup worker since it started',
    ({ usage }) => (usage.ru_utime + usage.ru_stime) / 1000,
  );
  workerGauge('palabre_worker_max_rss_bytes', 'Peak resident memory of each mediasoup worker', ({ usage }) => usage.ru_maxrss * 1024);

  return registry;
}

interface WorkerUsage {
  labels: { worker: string; pid: string };
  usage: types.WorkerResourceUsage;
}

async function readWorkerUsage(pool: WorkerPool): Promise<WorkerUsage[]> {
  const live = pool.workers.filter(({ worker }) => !worker.closed);
  const usages = await Promise.all(
    live.map(async ({ index, worker }) => {
      const usage = await worker.getResourceUsage().catch(() => undefined);
      return usage && { labels: { worker: String(index), pid: String(worker.pid) }, usage };
    }),
  );
  return usages.filter((entry) => entry !== undefined);
}

function setByKind(gauge: Gauge, objects: readonly { kind: types.MediaKind }[]): void {
  const counts = { audio: 0, video: 0 };
  for (const { kind } of objects) counts[kind]++;
  for (const [kind, count] of Object.entries(counts)) gauge.set({ kind }, count);
}
