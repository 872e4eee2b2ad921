/** What the benchmark reads from the server's Prometheus endpoint at one instant. */
export interface ServerMetrics {
  peers: number;
  producers: { audio: number; video: number };
  consumers: { audio: number; video: number };
  /** Consumers actually forwarding RTP (neither they nor their producer paused). */
  forwarding: { audio: number; video: number };
  /** Cumulative CPU seconds of each live mediasoup worker, by pid. */
  workers: { index: number; pid: number; cpuSeconds: number }[];
  /** The Node process's own cumulative CPU seconds (prom-client's process metrics). */
  nodeCpuSeconds: number;
}

function value(text: string, name: string, labels = ''): number {
  const escaped = `${name}${labels}`.replace(/[{}"=]/g, (character) => `\\${character}`);
  const match = new RegExp(`^${escaped} ([\\d.e+-]+)$`, 'm').exec(text);
  return match ? Number(match[1]) : Number.NaN;
}

const byKind = (text: string, name: string) => ({
  audio: value(text, name, '{kind="audio"}'),
  video: value(text, name, '{kind="video"}'),
});

export async function readServerMetrics(url: string): Promise<ServerMetrics> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const workers = [...text.matchAll(/^palabre_worker_cpu_seconds\{worker="(\d+)",pid="(\d+)"\} ([\d.e+-]+)$/gm)].map((match) => ({
    index: Number(match[1]),
    pid: Number(match[2]),
    cpuSeconds: Number(match[3]),
  }));
  return {
    peers: value(text, 'palabre_peers'),
    producers: byKind(text, 'palabre_producers'),
    consumers: byKind(text, 'palabre_consumers'),
    // Absent from older servers: NaN then, and the report says "n/a".
    forwarding: byKind(text, 'palabre_consumers_forwarding'),
    workers,
    nodeCpuSeconds: value(text, 'palabre_process_cpu_seconds_total'),
  };
}
