import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** One video layer as encoded once and looped: what a browser's simulcast encoding would send. */
export interface VideoLayerSpec {
  rid: string;
  width: number;
  height: number;
  kbps: number;
  /** As the producer declares it; the server derives each layer's height from it. */
  scaleResolutionDownBy: number;
}

export const THREE_LAYERS: VideoLayerSpec[] = [
  { rid: 'r0', width: 320, height: 180, kbps: 150, scaleResolutionDownBy: 4 },
  { rid: 'r1', width: 640, height: 360, kbps: 500, scaleResolutionDownBy: 2 },
  { rid: 'r2', width: 1280, height: 720, kbps: 1500, scaleResolutionDownBy: 1 },
];

/** Without simulcast: one 360p stream (the server then reads its height as 720 / 1). */
export const ONE_LAYER: VideoLayerSpec[] = [{ rid: 'r0', width: 640, height: 360, kbps: 500, scaleResolutionDownBy: 1 }];

export interface MediaSettings {
  seconds: number;
  fps: number;
  /** Frames between keyframes: a looped file cannot answer a PLI, so keyframes come often. */
  keyframeInterval: number;
  audioKbps: number;
  layers: VideoLayerSpec[];
}

export interface MediaFiles {
  audio: string;
  /** One file per layer, low to high. */
  video: string[];
}

const cacheRoot = path.join(os.homedir(), '.cache', 'palabre', 'load-media');

/**
 * Encodes the looped files once from ffmpeg's synthetic sources (a moving test card, a tone)
 * and keeps them in a cache keyed by the settings: live VP8 encoding costs more than a core per
 * 720p stream, looping a file costs about 1% of one.
 */
export function ensureMediaFiles(settings: MediaSettings): MediaFiles {
  const key = createHash('sha256').update(JSON.stringify(settings)).digest('hex').slice(0, 16);
  const dir = path.join(cacheRoot, key);
  const files: MediaFiles = {
    audio: path.join(dir, 'audio.webm'),
    video: settings.layers.map((layer) => path.join(dir, `video-${layer.height}p-${layer.kbps}k.webm`)),
  };
  fs.mkdirSync(dir, { recursive: true });
  if (!fs.existsSync(files.audio)) encode(files.audio, audioArgs(settings));
  settings.layers.forEach((layer, index) => {
    const file = files.video[index]!;
    if (!fs.existsSync(file)) encode(file, videoArgs(settings, layer));
  });
  return files;
}

/** Writes next to the target and renames, so an interrupted encode never leaves a short file. */
function encode(target: string, args: string[]): void {
  const partial = `${target}.partial.webm`;
  console.log(`  encoding ${path.basename(target)} (once, cached in ${path.dirname(target)})`);
  execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args, partial], { stdio: 'inherit' });
  fs.renameSync(partial, target);
}

function audioArgs({ seconds, audioKbps }: MediaSettings): string[] {
  return [
    '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000',
    '-t', String(seconds), '-ac', '2',
    '-c:a', 'libopus', '-b:a', `${audioKbps}k`, '-application', 'voip', '-frame_duration', '20',
  ];
}

function videoArgs({ seconds, fps, keyframeInterval }: MediaSettings, layer: VideoLayerSpec): string[] {
  const rate = `${layer.kbps}k`;
  return [
    '-f', 'lavfi', '-i', `testsrc2=size=${layer.width}x${layer.height}:rate=${fps}`,
    '-t', String(seconds),
    // Constant bitrate, no hidden alt-ref frames, no look-ahead: what a browser's real-time encoder makes.
    '-c:v', 'libvpx', '-b:v', rate, '-minrate', rate, '-maxrate', rate, '-bufsize', `${layer.kbps * 2}k`,
    '-g', String(keyframeInterval), '-keyint_min', String(keyframeInterval),
    '-deadline', 'realtime', '-cpu-used', '8', '-auto-alt-ref', '0', '-lag-in-frames', '0', '-error-resilient', '1',
  ];
}

/** The version of Debian's ffmpeg, for the report. */
export function ffmpegVersion(): string {
  return execFileSync('ffmpeg', ['-version'], { encoding: 'utf8' }).split('\n')[0] ?? 'ffmpeg';
}
