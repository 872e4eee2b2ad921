/*
 * A bot process: runs some of the bots (werift is single-threaded TypeScript; one process per
 * core-share keeps each event loop from becoming the bottleneck) and feeds them the looped RTP
 * that ffmpeg sends to this process. Driven by its parent over IPC; exits on its own if the
 * parent goes away or its lifetime runs out.
 */
import { Bot } from '../bot/bot.js';
import { RtpFeed } from './rtp-feed.js';
import { StaggeredFanout } from './staggered-fanout.js';
import type { ShardCommand, ShardConfig, ShardEvent } from './shard-protocol.js';

const config = JSON.parse(process.argv[2] ?? '{}') as ShardConfig;
const bots: Bot[] = [];
/** Bots start one keyframe interval apart at most: delays spread over the first second. */
const fanout = new StaggeredFanout(1_200);
const emit = (event: ShardEvent) => process.send?.(event);

let strayErrors = 0;
// werift can reject from its background loops (a late RTCP send on a closed socket...): a
// bot process logs the first few and keeps its other bots running.
process.on('unhandledRejection', (reason) => {
  if (++strayErrors <= 5) console.error(`[bots ${config.shard}] unhandled rejection:`, reason);
});
process.on('disconnect', () => process.exit(0));
setTimeout(() => {
  console.error(`[bots ${config.shard}] lifetime of ${config.lifetimeMs} ms over: exiting`);
  process.exit(0);
}, config.lifetimeMs);

const feed = await RtpFeed.open(config.layers.length, (stream, packet) => fanout.push(stream, packet));
emit({ type: 'feed-ports', ...feed.ports });

async function joinAll(): Promise<void> {
  for (const { name, micOpen, delayMs } of config.bots) {
    try {
      const bot = await Bot.join({ url: config.url, room: config.room, name, layers: config.layers, micOpen, view: config.view, receive: config.receive });
      bots.push(bot);
      fanout.add({
        delayMs,
        send: (stream, packet) => (stream.kind === 'audio' ? bot.sendAudio(packet) : bot.sendVideo(stream.layer, packet)),
      });
      emit({ type: 'joined', name, ms: bot.snapshot().joinMs });
    } catch (error) {
      emit({ type: 'join-failed', name, error: error instanceof Error ? error.message : String(error) });
    }
  }
  emit({ type: 'all-joined' });
}

async function leaveAll(): Promise<void> {
  fanout.close();
  await Promise.allSettled(bots.map((bot) => bot.leave()));
  feed.close();
  emit({ type: 'left' });
  process.exit(0);
}

process.on('message', (command: ShardCommand) => {
  switch (command.type) {
    case 'join':
      void joinAll();
      break;
    case 'snapshot':
      emit({ type: 'snapshot', id: command.id, at: performance.now(), bots: bots.map((bot) => bot.snapshot()) });
      break;
    case 'leave':
      void leaveAll();
      break;
  }
});
