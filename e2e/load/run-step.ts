/*
 * One step of the load benchmark: a room of synthetic participants (werift bots fed by looped
 * files) plus Chromium canaries, against the real server, everything on this machine over
 * loopback. Bounded in time; stops and cleans up every process it started, whatever happens.
 */
import os from 'node:os';
import type { Browser } from '@playwright/test';
import { Canary } from './canary/canary.js';
import { LiveDirector, liveFfmpegPid } from './live/live-director.js';
import { machineBusyOver, otherDescendants, workerGroup, type CpuGroups } from './measure/cpu-groups.js';
import { residentMiB } from './measure/memory.js';
import { descendants } from './measure/proc-cpu.js';
import { measureSteadyWindow } from './measure/steady-window.js';
import { startFfmpegFeed } from './media/ffmpeg-feed.js';
import { ensureMediaFiles, ONE_LAYER, THREE_LAYERS } from './media/media-files.js';
import type { LoadOptions } from './options.js';
import { computeResults } from './report/results.js';
import { printResults } from './report/print-results.js';
import { stepVerdict, type StepVerdict } from './report/step-verdict.js';
import { externalServer, startServer, type ServerUnderTest } from './server-under-test/start-server.js';
import { readServerMetrics } from './server-under-test/server-metrics.js';
import { BotProcesses } from './shard/bot-processes.js';
import type { ShardConfig } from './shard/shard-protocol.js';
import { ChildProcesses } from './system/child-processes.js';

/** The looped files: 10 s at 24 fps with a keyframe every 24 frames (a loop cannot answer a PLI). */
const MEDIA = { seconds: 10, fps: 24, keyframeInterval: 24, audioKbps: 32 };
const KEYFRAME_INTERVAL_MS = (MEDIA.keyframeInterval / MEDIA.fps) * 1000;

/** Below this the machine counts as quiet (a few % of background activity is normal). */
const QUIET_PERCENT = 15;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function shardConfigs(options: LoadOptions, url: string, layers: typeof THREE_LAYERS, lifetimeMs: number): ShardConfig[] {
  const configs: ShardConfig[] = Array.from({ length: options.processes }, (_, shard) => ({
    shard,
    url,
    room: options.room,
    layers: layers.map(({ rid, scaleResolutionDownBy, kbps }) => ({ rid, scaleResolutionDownBy, maxBitrate: kbps * 1000 })),
    view: options.viewTiles === undefined ? undefined : { tiles: options.viewTiles, width: options.tileWidth, height: options.tileHeight },
    receive: options.receive,
    bots: [],
    lifetimeMs,
  }));
  // Round-robin, so the open microphones and the join order spread over the processes; each
  // bot plays the loop at another point of the keyframe interval (no lockstep keyframes).
  for (let i = 0; i < options.bots; i++) {
    configs[i % options.processes]!.bots.push({
      name: `Bot ${String(i + 1).padStart(2, '0')}`,
      micOpen: i < options.openMics,
      delayMs: Math.round((i * KEYFRAME_INTERVAL_MS) / options.bots),
    });
  }
  return configs.filter((config) => config.bots.length > 0);
}

/** Measures the machine's load before we start; with --wait-quiet, waits (bounded) for it to drop. */
export async function waitQuiet(limitSeconds: number): Promise<number> {
  const deadline = performance.now() + limitSeconds * 1000;
  let busy = await machineBusyOver(3_000);
  while (busy > QUIET_PERCENT && performance.now() < deadline) {
    console.log(`  machine ${Math.round(busy)} % busy (of 200 %) before we start: waiting for it to calm down`);
    busy = await machineBusyOver(10_000);
  }
  if (busy > QUIET_PERCENT) console.warn(`  warning: the machine is already ${Math.round(busy)} % busy (of 200 %): figures will be pessimistic`);
  return busy;
}

/** The first canary keeps its camera on; the second watches it (glass-to-glass). */
const SENDER_CANARY = 'Canary 1';

async function joinCanaries(browser: Browser, url: string, options: LoadOptions): Promise<Canary[]> {
  const canaries: Canary[] = [];
  for (let i = 1; i <= options.canaries; i++) {
    const canary = await Canary.join(browser, url, options.room, `Canary ${i}`, i === 1);
    console.log(`  ${canary.name} joined; first remote frame after ${Math.round(canary.joinToFirstFrameMs)} ms`);
    if (i > 1) await canary.turnCameraOff().catch((error: Error) => console.warn(`  ${canary.name}: camera stays on (${error.message})`));
    canaries.push(canary);
  }
  const viewer = canaries[1];
  if (viewer && !(await viewer.showTileOf(SENDER_CANARY))) console.warn(`  ${viewer.name} could not page to ${SENDER_CANARY}'s tile`);
  return canaries;
}

/** Runs one step (fresh server, bots, canaries), prints its table, returns its verdict. */
export async function runStep(options: LoadOptions, busyBefore: number): Promise<StepVerdict> {
  const layers = options.layers === 3 ? THREE_LAYERS : ONE_LAYER;
  const joinBudgetMs = 60_000 + (options.bots / options.processes) * 10_000;
  const lifetimeMs = joinBudgetMs + (options.warmup + options.seconds) * 1000 + 120_000;
  const children = new ChildProcesses();
  let browser: Browser | undefined;
  let bots: BotProcesses | undefined;
  let server: ServerUnderTest | undefined;
  let director: LiveDirector | undefined;

  let succeeded = false;
  const cleanUp = async () => {
    director?.close();
    await browser?.close().catch(() => undefined);
    await bots?.leave();
    await server?.stop({ keepLog: !succeeded });
    await children.stopAll();
  };
  // Bounded whatever happens: a hung step ends the run, and nothing we started survives us.
  // (The bot processes get their own `lifetimeMs`, counted from when they start.)
  const runLimitMs = lifetimeMs + options.waitQuiet * 1000 + 60_000;
  const watchdog = setTimeout(() => {
    console.error(`\nThe run exceeded ${Math.round(runLimitMs / 1000)} s: stopping everything.`);
    void cleanUp().finally(() => process.exit(1));
  }, runLimitMs);
  const onSignal = (code: number) => () => void cleanUp().finally(() => process.exit(code));
  const onSigint = onSignal(130);
  const onSigterm = onSignal(143);
  const onExit = () => children.killAllNow();
  process.once('SIGINT', onSigint);
  process.once('SIGTERM', onSigterm);
  process.once('exit', onExit);

  try {
    console.log('Preparing media files');
    const files = ensureMediaFiles({ ...MEDIA, layers });
    server = options.url ? externalServer(options.url) : await startServer({ workers: options.workers, children, entry: options.serverEntry });
    console.log(`Server: ${server.url}${server.logFile ? ` (log: ${server.logFile})` : ''}; room "${options.room}"`);

    // Streamed (--live): the director joins first, to hold the facilitator role.
    if (options.live) director = await LiveDirector.join(server.url, options.room);
    bots = await BotProcesses.start(shardConfigs(options, server.url, layers, lifetimeMs), children);
    const ffmpeg = startFfmpegFeed(files, bots.feedPorts(), children);
    if (options.generatorNice > 0) {
      // The synthetic people stand in for other machines: they should not outrank what is measured.
      for (const pid of [...bots.pids, ffmpeg.pid!]) os.setPriority(pid, options.generatorNice);
    }
    console.log(`Joining ${options.bots} bots over ${options.processes} processes`);
    const joins = await bots.joinAll(joinBudgetMs, (name, ms) => process.stdout.write(`  ${name} ${ms} ms\n`));

    let canaries: Canary[] = [];
    if (options.canaries > 0) {
      browser = await Canary.launchBrowser();
      canaries = await joinCanaries(browser, server.url, options);
    }

    const serverPid = server.process?.pid;
    let livePid: number | undefined;
    if (director && options.live) {
      await director.start(options.live);
      livePid = serverPid ? liveFfmpegPid(serverPid) : undefined;
      console.log(`  live (${options.live}): the compositor is ffmpeg ${livePid ?? '(not found: a server we did not start)'}`);
    }

    console.log(`Warming up ${options.warmup} s, then measuring ${options.seconds} s`);
    await sleep(options.warmup * 1000);
    const { workers } = await readServerMetrics(server.url);
    const known = [
      ...(serverPid ? [serverPid, ...descendants(serverPid)] : []),
      ...bots.pids.flatMap((pid) => [pid, ...descendants(pid)]),
      ffmpeg.pid!,
    ];
    const cpuGroups = (): CpuGroups => ({
      ...(serverPid ? { server: [serverPid] } : {}),
      ...(livePid ? { live: [livePid] } : {}),
      ...Object.fromEntries(workers.map((worker) => [workerGroup(worker), [worker.pid]])),
      bots: bots!.pids,
      ffmpeg: [ffmpeg.pid!],
      chromium: otherDescendants(known),
      orchestrator: [process.pid],
    });
    await canaries[1]?.watchGlassToGlass(SENDER_CANARY);
    const window = await measureSteadyWindow({ seconds: options.seconds, url: server.url, bots, canaries, cpuGroups });
    const results = computeResults({ options, layers, window, joins, canaries, serverUrl: server.url, started: !options.url });
    results.setup.machineBusyBeforeStart = `${Math.round(busyBefore)} % (of 200 %)`;
    if (options.generatorNice > 0) results.setup.generatorNice = options.generatorNice;
    printResults(results);
    const verdict = stepVerdict({
      results,
      participants: options.bots + options.canaries,
      tiles: options.viewTiles,
      simulcast: layers.length > 1,
      rssMiB: residentMiB([...(serverPid ? [serverPid] : []), ...workers.map((worker) => worker.pid)]),
      glass: (await canaries[1]?.glassToGlass()) ?? { source: 'none', delaysMs: [] },
      joinMs: canaries.map((canary) => canary.joinToFirstFrameMs),
    });
    succeeded = true;
    return verdict;
  } finally {
    clearTimeout(watchdog);
    process.off('SIGINT', onSigint);
    process.off('SIGTERM', onSigterm);
    process.off('exit', onExit);
    console.log('\nStopping canaries, bots, ffmpeg and the server');
    await cleanUp();
  }
}
