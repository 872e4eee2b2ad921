import os from 'node:os';
import { parseArgs } from 'node:util';
import type { LiveMode } from '@palabre/shared';
import type { ReceiveMode } from './bot/count-only-receive.js';

export interface LoadOptions {
  /**
   * Everyone in the room, bots + canaries, for one step; undefined: ramp over RAMP_STEPS.
   * `bots` is then derived per step (participants − canaries).
   */
  participants: number | undefined;
  bots: number;
  processes: number;
  canaries: number;
  /** Steady-state measuring window. */
  seconds: number;
  /** After everyone joined, before measuring: layers settle, keyframes flow, Chromium warms up. */
  warmup: number;
  openMics: number;
  layers: 1 | 3;
  /** Undefined: bots never report a view and get every video at the best layer (full mesh). */
  viewTiles: number | undefined;
  tileWidth: number;
  tileHeight: number;
  receive: ReceiveMode;
  workers: number;
  url: string | undefined;
  room: string;
  /** A server build other than this repository's server/dist/main.js. */
  serverEntry: string | undefined;
  /** Up to this long, wait for other processes to leave the machine quiet before starting. */
  waitQuiet: number;
  /** Also stream the room live in this mode while measuring (issue 8: the compositor's CPU). */
  live: LiveMode | null;
  /** Nice value of the bots and their ffmpeg feed: the generator yields the CPU to what it measures. */
  generatorNice: number;
}

/** Room sizes of the ramp (issue 3), when no --participants is given. */
export const RAMP_STEPS = [5, 10, 15, 25, 35, 50];

export const USAGE = `Usage: npm run bench -- [options]       (or npm run bench:load -w e2e -- ...)

  --participants N   one step of N people in all (bots + canaries); omit to ramp
                     over ${RAMP_STEPS.join(', ')} (stops after two steps that do not hold)
  --duration S       steady-state measuring window (alias --seconds)  default 30
  --open-mics M      bots whose microphone is open (others muted)    default 3
  --tiles T          each bot reports a view of T tiles (view:update)  default 9
                     (the canaries' client pages at 9 whatever T is)
  --no-pagination    bots send no view: every video at the best layer (full mesh)
  --no-simulcast     one 360p layer instead of 180p/360p/720p
  --canaries N       Chromium participants (the first keeps its camera on, the
                     second measures glass-to-glass on it)            default 2
  --bots N           instead of --participants: N bots + the canaries
  --processes K      processes the bots are spread over              default 3
  --warmup S         wait after everyone joined, before measuring    default 10
  --layers 1|3       same as --no-simulcast when 1                   default 3
  --view-tiles N     alias of --tiles
  --tile-size WxH    size of those tiles in device pixels            default 320x180
  --receive MODE     bots' RTP: count (headers only, cheap) or decode  default count
                     (SRTP decryption, stats, RTCP reports, NACK: ~90 µs a packet)
  --workers N        MEDIASOUP_WORKERS of the server we start        default: cores (${os.availableParallelism()})
  --url URL          measure a running server instead of starting one
  --server-entry JS  start this build instead of server/dist/main.js (e.g. a
                     checkout of another commit, while this tree is being edited)
  --room NAME        room name                                       default load-<time>
  --wait-quiet S     wait up to S s for the machine to be quiet first default 0
  --live MODE        also stream the room live (composite or speaker) while
                     measuring: the compositor's CPU next to the call's
  --generator-nice N nice value (0–19) of the bots and their ffmpeg feed, so the
                     generator yields the CPU to the server and the canaries  default 0
`;

function positiveInt(name: string, text: string | undefined, fallback: number, min = 0): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be an integer ≥ ${min}, not ${text}`);
  return value;
}

function receiveMode(text: string | undefined): ReceiveMode {
  if (text === undefined || text === 'count' || text === 'decode') return text ?? 'count';
  throw new Error(`--receive must be count or decode, not ${text}`);
}

function liveMode(text: string | undefined): LiveMode | null {
  if (text === undefined) return null;
  if (text === 'composite' || text === 'speaker') return text;
  throw new Error(`--live must be composite or speaker, not ${text}`);
}

export function parseOptions(argv: string[]): LoadOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      participants: { type: 'string' },
      duration: { type: 'string' },
      tiles: { type: 'string' },
      'no-pagination': { type: 'boolean' },
      'no-simulcast': { type: 'boolean' },
      bots: { type: 'string' },
      processes: { type: 'string' },
      canaries: { type: 'string' },
      seconds: { type: 'string' },
      warmup: { type: 'string' },
      'open-mics': { type: 'string' },
      layers: { type: 'string' },
      'view-tiles': { type: 'string' },
      'tile-size': { type: 'string' },
      receive: { type: 'string' },
      workers: { type: 'string' },
      url: { type: 'string' },
      room: { type: 'string' },
      'wait-quiet': { type: 'string' },
      'server-entry': { type: 'string' },
      live: { type: 'string' },
      'generator-nice': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const canaries = positiveInt('canaries', values.canaries, 2);
  const participants =
    values.participants !== undefined
      ? positiveInt('participants', values.participants, 0, canaries + 1)
      : values.bots !== undefined
        ? positiveInt('bots', values.bots, 0, 1) + canaries
        : undefined;
  // In a ramp, each step sets its own count (withParticipants); the first step's stands here.
  const bots = (participants ?? RAMP_STEPS[0]!) - canaries;
  const layers = values['no-simulcast'] ? 1 : positiveInt('layers', values.layers, 3, 1);
  if (layers !== 1 && layers !== 3) throw new Error('--layers must be 1 or 3');
  const tiles = values.tiles ?? values['view-tiles'];
  const [tileWidth, tileHeight] = (values['tile-size'] ?? '320x180').split('x').map(Number);
  if (!tileWidth || !tileHeight) throw new Error('--tile-size must look like 320x180');
  return {
    participants,
    bots,
    processes: positiveInt('processes', values.processes, 3, 1),
    canaries,
    seconds: positiveInt('duration', values.duration ?? values.seconds, 30, 1),
    warmup: positiveInt('warmup', values.warmup, 10),
    openMics: positiveInt('open-mics', values['open-mics'], 3),
    layers,
    viewTiles: values['no-pagination'] ? undefined : positiveInt('tiles', tiles, 9, 1),
    tileWidth,
    tileHeight,
    receive: receiveMode(values.receive),
    workers: positiveInt('workers', values.workers, os.availableParallelism(), 1),
    url: values.url,
    room: values.room ?? `load-${Date.now().toString(36)}`,
    serverEntry: values['server-entry'],
    waitQuiet: positiveInt('wait-quiet', values['wait-quiet'], 0),
    live: liveMode(values.live),
    generatorNice: Math.min(19, positiveInt('generator-nice', values['generator-nice'], 0)),
  };
}

/** The options of one step: `participants` people, of whom the canaries; bots fill the rest. */
export function withParticipants(options: LoadOptions, participants: number): LoadOptions {
  const bots = Math.max(1, participants - options.canaries);
  const processes = Math.max(1, Math.min(bots, options.processes));
  return { ...options, participants, bots, processes, room: `${options.room}-${participants}` };
}
