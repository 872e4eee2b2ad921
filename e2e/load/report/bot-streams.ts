import type { MediaKind } from '@palabre/shared';
import type { ShardSnapshot } from '../shard/bot-processes.js';

/** One consumer's traffic at a bot over the steady window. */
export interface StreamRate {
  kind: MediaKind;
  from: string;
  pps: number;
  kbps: number;
  lost: number;
  expected: number;
}

export interface KindSummary {
  /** Consumers the bots hold of this kind (paused or not). */
  consumers: number;
  /** Of them, those that received at least one packet in the window. */
  flowing: number;
  ppsMean: number;
  kbpsMean: number;
  kbpsMin: number;
  kbpsMax: number;
  /** Sum over flowing streams: what the server sent the bots. */
  totalKbps: number;
  totalPps: number;
  /** (expected − received) / expected from RTP sequence numbers; NaN without traffic. */
  lossPercent: number;
}

/** Per-stream rates between two snapshots of the same bot processes (matched by consumer id). */
export function streamRates(start: ShardSnapshot[], end: ShardSnapshot[]): StreamRate[] {
  const rates: StreamRate[] = [];
  for (const after of end) {
    const before = start.find((snapshot) => snapshot.shard === after.shard);
    if (!before) continue;
    const seconds = (after.at - before.at) / 1000;
    const earlier = new Map(before.bots.flatMap((bot) => bot.streams).map((stream) => [stream.consumerId, stream]));
    for (const stream of after.bots.flatMap((bot) => bot.streams)) {
      const previous = earlier.get(stream.consumerId) ?? { packets: 0, bytes: 0, expected: 0 };
      const packets = stream.packets - previous.packets;
      const expected = stream.expected - previous.expected;
      rates.push({
        kind: stream.kind,
        from: stream.from,
        pps: packets / seconds,
        kbps: ((stream.bytes - previous.bytes) * 8) / seconds / 1000,
        expected,
        lost: Math.max(0, expected - packets),
      });
    }
  }
  return rates;
}

export function summarizeKind(rates: StreamRate[], kind: MediaKind): KindSummary {
  const ofKind = rates.filter((rate) => rate.kind === kind);
  const flowing = ofKind.filter((rate) => rate.pps > 0);
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const kbps = flowing.map((rate) => rate.kbps);
  const expected = sum(flowing.map((rate) => rate.expected));
  return {
    consumers: ofKind.length,
    flowing: flowing.length,
    ppsMean: flowing.length ? sum(flowing.map((rate) => rate.pps)) / flowing.length : 0,
    kbpsMean: flowing.length ? sum(kbps) / flowing.length : 0,
    kbpsMin: flowing.length ? Math.min(...kbps) : 0,
    kbpsMax: flowing.length ? Math.max(...kbps) : 0,
    totalKbps: sum(kbps),
    totalPps: sum(flowing.map((rate) => rate.pps)),
    lossPercent: expected > 0 ? (sum(flowing.map((rate) => rate.lost)) / expected) * 100 : Number.NaN,
  };
}

/**
 * How many of the bots' video streams from other bots run at each simulcast layer, judged by
 * bitrate (nearest on a log scale, RTP headers included): shows which layers the server picked.
 */
export function layerHistogram(rates: StreamRate[], layerKbps: number[], fromBot: (name: string) => boolean): number[] {
  const counts = layerKbps.map(() => 0);
  for (const rate of rates) {
    if (rate.kind !== 'video' || rate.pps === 0 || !fromBot(rate.from)) continue;
    let best = 0;
    layerKbps.forEach((kbps, index) => {
      if (Math.abs(Math.log(rate.kbps / kbps)) < Math.abs(Math.log(rate.kbps / layerKbps[best]!))) best = index;
    });
    counts[best]!++;
  }
  return counts;
}
