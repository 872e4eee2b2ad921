import os from 'node:os';
import { parseArgs } from 'node:util';
import type { ReceiveMode } from './bot/count-only-receive.js';

export interface LoadOptions {
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
}

export const USAGE = `Usage: npm run bench:load -w e2e -- [options]

  --bots N           synthetic participants (werift)                 default 24
  --processes K      processes the bots are spread over              default 3
  --canaries N       Chromium participants measuring what people see default 1
  --seconds S        steady-state measuring window                   default 30
  --warmup S         wait after everyone joined, before measuring    default 10
  --open-mics N      bots whose microphone is open (others muted)    default 3
  --layers 1|3       video: one 360p stream, or 180p/360p/720p simulcast  default 3
  --view-tiles N     each bot reports a view of N tiles (view:update); omit for
                     no view: the server then sends every video at the best layer
  --tile-size WxH    size of those tiles in device pixels            default 320x180
  --receive MODE     bots' RTP: count (headers only, cheap) or decode  default count
                     (SRTP decryption, stats, RTCP reports, NACK: ~90 µs a packet)
  --workers N        MEDIASOUP_WORKERS of the server we start        default: cores (${os.availableParallelism()})
  --url URL          measure a running server instead of starting one
  --server-entry JS  start this build instead of server/dist/main.js (e.g. a
                     checkout of another commit, while this tree is being edited)
  --room NAME        room name                                       default load-<time>
  --wait-quiet S     wait up to S s for the machine to be quiet first default 0
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

export function parseOptions(argv: string[]): LoadOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
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
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const bots = positiveInt('bots', values.bots, 24);
  const layers = positiveInt('layers', values.layers, 3, 1);
  if (layers !== 1 && layers !== 3) throw new Error('--layers must be 1 or 3');
  const [tileWidth, tileHeight] = (values['tile-size'] ?? '320x180').split('x').map(Number);
  if (!tileWidth || !tileHeight) throw new Error('--tile-size must look like 320x180');
  return {
    bots,
    processes: Math.max(1, Math.min(bots, positiveInt('processes', values.processes, 3, 1))),
    canaries: positiveInt('canaries', values.canaries, 1),
    seconds: positiveInt('seconds', values.seconds, 30, 1),
    warmup: positiveInt('warmup', values.warmup, 10),
    openMics: Math.min(bots, positiveInt('open-mics', values['open-mics'], 3)),
    layers,
    viewTiles: values['view-tiles'] === undefined ? undefined : positiveInt('view-tiles', values['view-tiles'], 9),
    tileWidth,
    tileHeight,
    receive: receiveMode(values.receive),
    workers: positiveInt('workers', values.workers, os.availableParallelism(), 1),
    url: values.url,
    room: values.room ?? `load-${Date.now().toString(36)}`,
    serverEntry: values['server-entry'],
    waitQuiet: positiveInt('wait-quiet', values['wait-quiet'], 0),
  };
}
