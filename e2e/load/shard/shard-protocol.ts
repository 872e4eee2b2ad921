import type { BotSnapshot } from '../bot/bot.js';
import type { ReceiveMode } from '../bot/count-only-receive.js';
import type { SimulcastLayer } from '../bot/media-sender.js';
import type { ViewOptions } from '../bot/view-reporter.js';

/** What a bot process is told when it starts (as JSON in its first argument). */
export interface ShardConfig {
  shard: number;
  url: string;
  room: string;
  layers: SimulcastLayer[];
  view: ViewOptions | undefined;
  receive: ReceiveMode;
  /** `delayMs`: how far behind the looped feed this bot plays (see StaggeredFanout). */
  bots: { name: string; micOpen: boolean; delayMs: number }[];
  /** The process exits by itself after this long, whatever the parent does. */
  lifetimeMs: number;
}

/** Parent → bot process. */
export type ShardCommand = { type: 'join' } | { type: 'snapshot'; id: number } | { type: 'leave' };

/** Bot process → parent. */
export type ShardEvent =
  | { type: 'feed-ports'; audio: number; video: number[] }
  | { type: 'joined'; name: string; ms: number }
  | { type: 'join-failed'; name: string; error: string }
  | { type: 'all-joined' }
  | { type: 'snapshot'; id: number; at: number; bots: BotSnapshot[] }
  | { type: 'left' };
