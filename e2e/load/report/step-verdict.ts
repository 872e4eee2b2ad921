import type { GlassToGlassSource } from '../canary/glass-to-glass.js';
import type { Results } from './results.js';

/** What "the room holds" means (issue 3). */
export const HOLDS_IF = { lossPct: 1, canaryFps: 15, glassToGlassP95Ms: 150, joinP95Ms: 3_000, workerCpuPct: 85 };

/** The one-line answer of a step: the fields, then whether it holds and why not. */
export interface StepVerdict {
  participants: number;
  bots: number;
  canaries: number;
  openMics: number;
  /** Tiles each bot reports in its view (the canaries' client pages at 9); null: no view. */
  tilesPerViewer: number | null;
  pagination: boolean;
  simulcast: boolean;
  /** Sum over the mediasoup workers, % of one core; busiestWorkerCpuPct is what `holds` checks. */
  workerCpuPct: number;
  busiestWorkerCpuPct: number;
  signallingCpuPct: number;
  /** The live stream's compositor (--live), % of one core; null when not streamed. */
  liveCpuPct: number | null;
  /** Bots + ffmpeg + Chromium + this orchestrator: what the generator takes from the same 2 cores. */
  generatorCpuPct: number;
  machineBusyPct: number;
  otherLoadPct: number;
  /** Server + workers. */
  rssMiB: number;
  consumersForwarding: { audio: number; video: number };
  /** p95 over receive streams (bots' consumers and the canaries' video). */
  lossPct: number;
  /** Minimum over the canaries' visible remote tiles. */
  canaryFps: number | null;
  glassToGlassP50Ms: number | null;
  glassToGlassP95Ms: number | null;
  glassToGlassSource: GlassToGlassSource;
  glassToGlassSamples: number;
  joinP95Ms: number | null;
  joinSamples: number;
  jitterMs: number | null;
  freezes: number;
  workerCpuPctPerParticipant: number;
  /** Workers' CPU-seconds per second per forwarded stream (= % of a core ÷ 100): to extrapolate. */
  workerCpuSecondsPerForwardedStream: number;
  holds: boolean;
  /** Each criterion that failed (or could not be measured), in words. */
  failures: string[];
  notes: string[];
}

export function percentile(values: number[], fraction: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

const finiteOrNull = (value: number) => (Number.isFinite(value) ? value : null);
const round = (value: number | null, digits = 1) => (value === null ? null : Number(value.toFixed(digits)));

export function stepVerdict(input: {
  results: Results;
  participants: number;
  tiles: number | undefined;
  simulcast: boolean;
  rssMiB: number;
  glass: { source: GlassToGlassSource; delaysMs: number[] };
  joinMs: number[];
}): StepVerdict {
  const { results, glass } = input;
  const { server, generator, canaries } = results;
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const lossSamples = [...results.bots.streamLossPercents, ...canaries.map((canary) => canary.videoLossPercent).filter(Number.isFinite)];
  const lossPct = percentile(lossSamples, 0.95) ?? Number.NaN;
  const fpsMins = canaries.map((canary) => canary.fpsMin).filter(Number.isFinite);
  const canaryFps = fpsMins.length ? Math.min(...fpsMins) : null;
  const glassP95 = glass.source === 'none' ? null : percentile(glass.delaysMs, 0.95);
  const joins = input.joinMs.filter(Number.isFinite);
  const joinP95 = percentile(joins, 0.95);
  const jitters = canaries.map((canary) => canary.jitterMs).filter(Number.isFinite);
  const busiest = Math.max(...server.workers.map((worker) => worker.cpuPercent));
  const forwarding = server.forwarding.audio + server.forwarding.video;

  const failures: string[] = [];
  if (!(lossPct < HOLDS_IF.lossPct)) failures.push(`loss p95 ${round(lossPct, 2)} % ≥ ${HOLDS_IF.lossPct} %`);
  if (canaryFps === null) failures.push('canary fps not measured (no visible remote tile played)');
  else if (canaryFps < HOLDS_IF.canaryFps) failures.push(`canary fps ${round(canaryFps)} < ${HOLDS_IF.canaryFps}`);
  if (glassP95 === null) failures.push('glass-to-glass not measured (no frame of the other canary was presented)');
  else if (glassP95 >= HOLDS_IF.glassToGlassP95Ms) failures.push(`glass-to-glass p95 ${round(glassP95, 0)} ms ≥ ${HOLDS_IF.glassToGlassP95Ms} ms`);
  if (joinP95 === null) failures.push('join not measured (no canary saw a remote frame)');
  else if (joinP95 >= HOLDS_IF.joinP95Ms) failures.push(`join p95 ${round(joinP95, 0)} ms ≥ ${HOLDS_IF.joinP95Ms} ms`);
  if (!(busiest < HOLDS_IF.workerCpuPct)) failures.push(`busiest worker ${round(busiest)} % ≥ ${HOLDS_IF.workerCpuPct} % of a core`);

  return {
    participants: input.participants,
    bots: Number(results.setup.bots),
    canaries: canaries.length,
    openMics: Number(results.setup.openMics),
    tilesPerViewer: input.tiles ?? null,
    pagination: input.tiles !== undefined,
    simulcast: input.simulcast,
    workerCpuPct: round(server.workersCpuPercent)!,
    busiestWorkerCpuPct: round(busiest)!,
    signallingCpuPct: round(server.nodeCpuPercent)!,
    liveCpuPct: round(server.liveCompositorCpuPercent),
    generatorCpuPct: round(generator.botsCpuPercent + generator.ffmpegCpuPercent + generator.chromiumCpuPercent + generator.orchestratorCpuPercent)!,
    machineBusyPct: round(results.machineBusyPercent)!,
    otherLoadPct: round(results.otherProcessesPercent)!,
    rssMiB: round(input.rssMiB, 0)!,
    consumersForwarding: server.forwarding,
    lossPct: round(lossPct, 2)!,
    canaryFps: round(canaryFps),
    glassToGlassP50Ms: round(glass.source === 'none' ? null : percentile(glass.delaysMs, 0.5), 0),
    glassToGlassP95Ms: round(glassP95, 0),
    glassToGlassSource: glass.source,
    glassToGlassSamples: glass.delaysMs.length,
    joinP95Ms: round(joinP95, 0),
    joinSamples: joins.length,
    jitterMs: round(jitters.length ? Math.max(...jitters) : null),
    freezes: sum(canaries.map((canary) => canary.freezes)),
    workerCpuPctPerParticipant: round(server.workersCpuPercent / input.participants, 2)!,
    workerCpuSecondsPerForwardedStream: Number((server.workersCpuPercent / 100 / forwarding).toPrecision(3)),
    holds: failures.length === 0,
    failures,
    notes: glass.source === 'receiveTime' ? ['glass-to-glass is receive → display only: the sending canary\'s timestamp code did not read'] : [],
  };
}
