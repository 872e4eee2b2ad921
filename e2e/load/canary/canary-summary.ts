import type { PageSample } from './page-probes.js';

/** What one canary saw during the steady window. */
export interface CanarySummary {
  name: string;
  joinToFirstFrameMs: number;
  remoteTiles: number;
  tilesWithVideo: number;
  /** Tiles whose video presented new frames in every one-second interval of the window. */
  tilesSmooth: number;
  /** Tiles whose video presented at least one new frame during the window. */
  tilesPlaying: number;
  fpsMedian: number;
  fpsMin: number;
  /** Tile-seconds without a single new frame, over tiles that have a video element. */
  stalledTileSeconds: number;
  /** Chromium's own freeze count and duration (inbound-rtp freezeCount, totalFreezesDuration). */
  freezes: number;
  freezeSeconds: number;
  medianHeight: number;
  videoKbps: number;
  audioKbps: number;
  /** RTP packets per second received, video and audio (to count what the server forwarded). */
  packetsPerSecond: number;
  videoLossPercent: number;
  /** The worst inbound video stream's RTP jitter at the end of the window, ms. */
  jitterMs: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : Number.NaN;
};

/** Compares the samples of the window (the first and last bound it, one a second in between). */
export function summarizeCanary(name: string, joinToFirstFrameMs: number, samples: PageSample[]): CanarySummary {
  const first = samples[0]!;
  const last = samples.at(-1)!;
  const seconds = (last.at - first.at) / 1000;
  const framesAt = (sample: PageSample) => new Map(sample.tiles.map((tile) => [tile.label, tile.frames]));
  const startFrames = framesAt(first);
  const fps = last.tiles
    .filter((tile) => tile.hasVideo && startFrames.has(tile.label))
    .map((tile) => (tile.frames - startFrames.get(tile.label)!) / seconds);

  let stalled = 0;
  const smooth = new Set(last.tiles.filter((tile) => tile.hasVideo).map((tile) => tile.label));
  for (let i = 1; i < samples.length; i++) {
    const before = framesAt(samples[i - 1]!);
    for (const tile of samples[i]!.tiles) {
      if (!tile.hasVideo) continue;
      if (tile.frames <= (before.get(tile.label) ?? 0)) {
        stalled += (samples[i]!.at - samples[i - 1]!.at) / 1000;
        smooth.delete(tile.label);
      }
    }
  }
  const videoPackets = last.video.packets - first.video.packets;
  const videoLost = last.video.lost - first.video.lost;
  return {
    name,
    joinToFirstFrameMs: Math.round(joinToFirstFrameMs),
    remoteTiles: last.tiles.length,
    tilesWithVideo: last.tiles.filter((tile) => tile.hasVideo).length,
    tilesSmooth: smooth.size,
    tilesPlaying: fps.filter((value) => value > 0).length,
    fpsMedian: median(fps),
    fpsMin: fps.length ? Math.min(...fps) : Number.NaN,
    stalledTileSeconds: stalled,
    freezes: last.video.freezeCount - first.video.freezeCount,
    freezeSeconds: last.video.freezeSeconds - first.video.freezeSeconds,
    medianHeight: median(last.tiles.filter((tile) => tile.height > 0).map((tile) => tile.height)),
    videoKbps: ((last.video.bytes - first.video.bytes) * 8) / seconds / 1000,
    audioKbps: ((last.audio.bytes - first.audio.bytes) * 8) / seconds / 1000,
    packetsPerSecond: (videoPackets + last.audio.packets - first.audio.packets) / seconds,
    videoLossPercent: videoPackets + videoLost > 0 ? (videoLost / (videoPackets + videoLost)) * 100 : Number.NaN,
    jitterMs: last.video.jitterMs ?? Number.NaN,
  };
}
