import { spawn, type ChildProcess } from 'node:child_process';
import type { ChildProcesses } from '../system/child-processes.js';
import type { MediaFiles } from './media-files.js';

/** Where each looped stream goes: one UDP port per bot process (the process fans out to its bots). */
export interface FeedPorts {
  audio: number[];
  /** Per layer (low to high), one port per bot process. */
  video: number[][];
}

/**
 * One ffmpeg for the whole generator: it reads every file at its own pace (-re), loops it
 * forever, and packetizes it as RTP without re-encoding; the tee muxer copies each stream to
 * every bot process (a process that died does not stop the others' feed: onfail=ignore).
 * 1200-byte packets, as browsers send.
 */
export function startFfmpegFeed(files: MediaFiles, ports: FeedPorts, children: ChildProcesses): ChildProcess {
  const inputs = [files.audio, ...files.video].flatMap((file) => ['-re', '-stream_loop', '-1', '-i', file]);
  const tee = (targets: number[]) => targets.map((port) => `[f=rtp:onfail=ignore]rtp://127.0.0.1:${port}?pkt_size=1200`).join('|');
  const outputs = [
    ['-map', '0:a', '-c', 'copy', '-f', 'tee', tee(ports.audio)],
    ...ports.video.map((targets, layer) => ['-map', `${layer + 1}:v`, '-c', 'copy', '-f', 'tee', tee(targets)]),
  ].flat();
  const ffmpeg = spawn('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-nostdin', ...inputs, ...outputs], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return children.track(ffmpeg, 'ffmpeg');
}
