import os from 'node:os';
import { summarizeCanary, type CanarySummary } from '../canary/canary-summary.js';
import type { Canary } from '../canary/canary.js';
import { cpuPercentByGroup, machinePercent, workerGroup } from '../measure/cpu-groups.js';
import type { WindowData } from '../measure/steady-window.js';
import type { VideoLayerSpec } from '../media/media-files.js';
import type { LoadOptions } from '../options.js';
import type { JoinOutcome } from '../shard/bot-processes.js';
import { layerHistogram, streamRates, summarizeKind, type KindSummary } from './bot-streams.js';

export interface Results {
  setup: Record<string, string | number>;
  joins: { joined: number; failed: number; botJoinMsMedian: number; botJoinMsMax: number };
  server: {
    nodeCpuPercent: number;
    workers: { index: number; pid: number; cpuPercent: number }[];
    workersCpuPercent: number;
    peers: number;
    producers: { audio: number; video: number };
    consumers: { audio: number; video: number };
    forwarding: { audio: number; video: number };
    /** Worker CPU (% of one core) per RTP stream it forwards: the figure to extrapolate from. */
    workerCpuPercentPerForwardedStream: number;
    workerCpuPercentPerForwardedMbps: number;
    /** Worker CPU per RTP packet that reached a receiver (bots and canaries): the most portable figure. */
    workerCpuMicrosecondsPerReceivedPacket: number;
    forwardedMbpsToBots: number;
    receivedPacketsPerSecond: number;
    /** The live stream's ffmpeg (--live), % of one core; null when the room is not streamed. */
    liveCompositorCpuPercent: number | null;
  };
  generator: {
    botsCpuPercent: number;
    ffmpegCpuPercent: number;
    perBotCpuPercent: number;
    chromiumCpuPercent: number;
    orchestratorCpuPercent: number;
  };
  machineBusyPercent: number;
  /** Kernel time moving packets (softirq), charged to no process: loopback UDP mostly. */
  kernelNetworkPercent: number;
  /** Busy time of the machine accounted for by none of the above: someone else's processes. */
  otherProcessesPercent: number;
  bots: {
    video: KindSummary;
    audio: KindSummary;
    videoLayers: Record<string, number>;
    /** Per receive stream with traffic (audio and video), its loss in % of expected packets. */
    streamLossPercents: number[];
    notConnected: string[];
    errors: string[];
    /** Dropped signalling or transports since joining, per bot. */
    incidents: string[];
  };
  canaries: CanarySummary[];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

export function computeResults(input: {
  options: LoadOptions;
  layers: VideoLayerSpec[];
  window: WindowData;
  joins: JoinOutcome;
  canaries: Canary[];
  serverUrl: string;
  started: boolean;
}): Results {
  const { options, layers, window, joins } = input;
  const cpu = cpuPercentByGroup(window.cpu.start, window.cpu.end);
  const workerCpu = window.metrics.start.workers.map(({ index, pid }) => ({
    index,
    pid,
    cpuPercent: cpu[workerGroup({ index, pid })] ?? Number.NaN,
  }));
  const workersCpuPercent = workerCpu.reduce((total, worker) => total + worker.cpuPercent, 0);
  const { start, end } = window.metrics;
  const windowSeconds = (window.cpu.end.at - window.cpu.start.at) / 1000;
  const averageForwarding = (kind: 'audio' | 'video') => (start.forwarding[kind] + end.forwarding[kind]) / 2;
  const forwardedStreams = averageForwarding('audio') + averageForwarding('video');

  const rates = streamRates(window.shards.start, window.shards.end);
  const video = summarizeKind(rates, 'video');
  const audio = summarizeKind(rates, 'audio');
  const canaryNames = new Set(input.canaries.map((canary) => canary.name));
  const histogram = layerHistogram(rates, layers.map((layer) => layer.kbps), (name) => !canaryNames.has(name));
  const canaries = input.canaries.map((canary, index) => summarizeCanary(canary.name, canary.joinToFirstFrameMs, window.canaries[index]!));
  const forwardedMbpsToBots = (video.totalKbps + audio.totalKbps) / 1000;
  const receivedPps = video.totalPps + audio.totalPps + canaries.reduce((total, canary) => total + canary.packetsPerSecond, 0);
  const botSnapshots = window.shards.end.flatMap((shard) => shard.bots);
  const botsCpu = cpu.bots ?? 0;
  const machineBusy = machinePercent(window.cpu.start, window.cpu.end);
  const softirq = machinePercent(window.cpu.start, window.cpu.end, 'softirq');

  return {
    setup: {
      bots: options.bots,
      processes: options.processes,
      canaries: options.canaries,
      seconds: options.seconds,
      warmup: options.warmup,
      openMics: options.openMics,
      layers: layers.map((layer) => `${layer.height}p@${layer.kbps}k`).join(' + '),
      botReceive: options.receive === 'count' ? 'count RTP headers (no SRTP decryption, no RR/NACK)' : 'decode (werift SRTP, RR, NACK)',
      view: options.viewTiles === undefined ? 'none (every video at the best layer)' : `${options.viewTiles} tiles of ${options.tileWidth}x${options.tileHeight}`,
      server: input.started ? `started here, MEDIASOUP_WORKERS=${options.workers}` : input.serverUrl,
      machine: `${os.availableParallelism()} cores (${os.cpus()[0]?.model ?? 'cpu'}), server + bots + ffmpeg + Chromium all on it`,
    },
    joins: {
      joined: joins.joined.length,
      failed: joins.failed.length,
      botJoinMsMedian: median(joins.joined.map((join) => join.ms)),
      botJoinMsMax: Math.max(...joins.joined.map((join) => join.ms)),
    },
    server: {
      // A server we did not start has no pid here: its own process metrics tell instead.
      nodeCpuPercent: cpu.server ?? ((end.nodeCpuSeconds - start.nodeCpuSeconds) / windowSeconds) * 100,
      workers: workerCpu,
      workersCpuPercent,
      peers: end.peers,
      producers: end.producers,
      consumers: end.consumers,
      forwarding: end.forwarding,
      workerCpuPercentPerForwardedStream: workersCpuPercent / forwardedStreams,
      workerCpuPercentPerForwardedMbps: workersCpuPercent / forwardedMbpsToBots,
      // 1 % of a core is 10,000 µs of CPU per second.
      workerCpuMicrosecondsPerReceivedPacket: (workersCpuPercent * 10_000) / receivedPps,
      receivedPacketsPerSecond: receivedPps,
      forwardedMbpsToBots,
      liveCompositorCpuPercent: cpu.live ?? null,
    },
    generator: {
      botsCpuPercent: botsCpu,
      ffmpegCpuPercent: cpu.ffmpeg ?? 0,
      perBotCpuPercent: (botsCpu + (cpu.ffmpeg ?? 0)) / Math.max(1, joins.joined.length),
      chromiumCpuPercent: cpu.chromium ?? 0,
      orchestratorCpuPercent: cpu.orchestrator ?? 0,
    },
    machineBusyPercent: machineBusy,
    kernelNetworkPercent: softirq,
    otherProcessesPercent: machineBusy - softirq - Object.values(cpu).reduce((total, value) => total + value, 0),
    bots: {
      video,
      audio,
      streamLossPercents: rates.filter((rate) => rate.expected > 0).map((rate) => (rate.lost / rate.expected) * 100),
      videoLayers: Object.fromEntries(layers.map((layer, index) => [`${layer.height}p`, histogram[index]!])),
      notConnected: botSnapshots.filter((bot) => bot.send !== 'connected' || bot.recv !== 'connected').map((bot) => bot.name),
      errors: [...new Set(botSnapshots.flatMap((bot) => bot.errors)), ...joins.failed.map((failure) => `${failure.name}: ${failure.error}`)],
      incidents: botSnapshots.flatMap((bot) => bot.incidents.map((incident) => `${bot.name}: ${incident}`)),
    },
    canaries,
  };
}
