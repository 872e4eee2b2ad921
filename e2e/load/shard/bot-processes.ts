import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { BotSnapshot } from '../bot/bot.js';
import type { FeedPorts } from '../media/ffmpeg-feed.js';
import type { ChildProcesses } from '../system/child-processes.js';
import type { ShardCommand, ShardConfig, ShardEvent } from './shard-protocol.js';

export interface ShardSnapshot {
  shard: number;
  /** The bot process's own clock (ms): rates are computed between two snapshots of one process. */
  at: number;
  bots: BotSnapshot[];
}

export interface JoinOutcome {
  joined: { name: string; ms: number }[];
  failed: { name: string; error: string }[];
}

/** Waits for the first event of a bot process that `pick` accepts (or its exit, or a timeout). */
function nextEvent<T>(child: ChildProcess, pick: (event: ShardEvent) => T | undefined, timeoutMs: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (event: ShardEvent) => {
      const picked = pick(event);
      if (picked === undefined) return;
      done();
      resolve(picked);
    };
    const onExit = (code: number | null) => {
      done();
      reject(new Error(`bot process ${child.pid} exited (${code}) while waiting for ${what}`));
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`bot process ${child.pid}: no ${what} within ${timeoutMs} ms`));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** The parent's handle on the bot processes: start, join, snapshot, leave. */
export class BotProcesses {
  private snapshotId = 0;

  private constructor(
    private readonly children: ChildProcess[],
    private readonly ports: { audio: number; video: number[] }[],
    private readonly registry: ChildProcesses,
  ) {}

  static async start(configs: ShardConfig[], registry: ChildProcesses): Promise<BotProcesses> {
    const entry = path.join(import.meta.dirname, 'bot-process.ts');
    const children = configs.map((config) =>
      registry.track(
        fork(entry, [JSON.stringify(config)], {
          execArgv: ['--import', import.meta.resolve('tsx')],
          stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        }),
        `bot process ${config.shard}`,
      ),
    );
    const ports = await Promise.all(
      children.map((child) =>
        nextEvent(child, (event) => (event.type === 'feed-ports' ? { audio: event.audio, video: event.video } : undefined), 30_000, 'feed ports'),
      ),
    );
    return new BotProcesses(children, ports, registry);
  }

  get pids(): number[] {
    return this.children.map((child) => child.pid!);
  }

  /** Per stream, the UDP port of every bot process, for ffmpeg's tee. */
  feedPorts(): FeedPorts {
    const layers = this.ports[0]?.video.length ?? 0;
    return {
      audio: this.ports.map((ports) => ports.audio),
      video: Array.from({ length: layers }, (_, layer) => this.ports.map((ports) => ports.video[layer]!)),
    };
  }

  /** Every process joins its bots one after another; processes run side by side. */
  async joinAll(timeoutMs: number, onJoined: (name: string, ms: number) => void): Promise<JoinOutcome> {
    const outcome: JoinOutcome = { joined: [], failed: [] };
    await Promise.all(
      this.children.map((child) => {
        const track = (event: ShardEvent) => {
          if (event.type === 'joined') {
            outcome.joined.push({ name: event.name, ms: event.ms });
            onJoined(event.name, event.ms);
          } else if (event.type === 'join-failed') {
            outcome.failed.push({ name: event.name, error: event.error });
            console.warn(`  ${event.name} could not join: ${event.error}`);
          }
        };
        child.on('message', track);
        this.command(child, { type: 'join' });
        return nextEvent(child, (event) => (event.type === 'all-joined' ? true : undefined), timeoutMs, 'all joins').finally(() =>
          child.off('message', track),
        );
      }),
    );
    return outcome;
  }

  async snapshot(): Promise<ShardSnapshot[]> {
    const id = ++this.snapshotId;
    return Promise.all(
      this.children.map((child, shard) => {
        const reply = nextEvent(
          child,
          (event) => (event.type === 'snapshot' && event.id === id ? { shard, at: event.at, bots: event.bots } : undefined),
          15_000,
          'snapshot',
        );
        this.command(child, { type: 'snapshot', id });
        return reply;
      }),
    );
  }

  /** Bots leave the room properly; a process that does not finish in time is stopped. */
  async leave(timeoutMs = 5_000): Promise<void> {
    await Promise.allSettled(
      this.children.map(async (child) => {
        if (child.exitCode !== null) return;
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        this.command(child, { type: 'leave' });
        const timer = setTimeout(() => void this.registry.stop(child), timeoutMs);
        await exited;
        clearTimeout(timer);
      }),
    );
  }

  private command(child: ChildProcess, command: ShardCommand): void {
    if (child.connected) child.send(command);
  }
}
