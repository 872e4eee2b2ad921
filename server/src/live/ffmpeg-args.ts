import fs from 'node:fs';
import { BACKGROUND } from './placeholder-frame.js';
import type { EncoderSettings } from './encoder-settings.js';

export interface PipelineFiles {
  sdp: string;
  /** The HLS directory: index.m3u8 and seg-NNNNN.ts. */
  hlsDir: string;
  /** The caption's text, rewritten (atomically) when the agenda moves on. */
  captionFile: string;
}

const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

/** Quotes a value inside a filter graph description (paths, colours). */
const quote = (value: string) => `'${value.replace(/'/g, "'\\''")}'`;

/** The picture: a constant size and rate whatever the source, the caption drawn at the bottom. */
export function videoFilter(settings: EncoderSettings, captionFile: string): string {
  const { width: w, height: h, fps } = settings;
  const filters = [
    `fps=${fps}`,
    `scale=${w}:${h}:force_original_aspect_ratio=decrease`,
    `pad=${w}:${h}:(ow-iw)/2:(oh-ih)/2:color=${BACKGROUND}`,
    'format=yuv420p',
  ];
  if (settings.caption) {
    const font = fs.existsSync(FONT) ? `fontfile=${quote(FONT)}` : 'font=Sans';
    const size = Math.round(h / 22);
    filters.push(
      `drawtext=${font}:textfile=${quote(captionFile)}:reload=1:expansion=none:fontcolor=white:fontsize=${size}` +
        `:box=1:boxcolor=black@0.6:boxborderw=${Math.round(size / 2)}:x=(w-text_w)/2:y=h-text_h-${size}`,
    );
  }
  return filters.join(',');
}

/** The open microphones, each slot a stream of the SDP, mixed at their own level. */
export function audioFilter(slots: number): string {
  const inputs = Array.from({ length: slots }, (_, index) => `[0:a:${index}]`).join('');
  return `${inputs}amix=inputs=${slots}:normalize=0:dropout_transition=0,aresample=async=1000[aout]`;
}

/**
 * The whole ffmpeg command (after `ffmpeg`): RTP in through the SDP, one encode, and the tee
 * muxer writing HLS and, if asked, FLV to RTMP. `onfail=ignore` keeps HLS going when the RTMP
 * ingest refuses or goes away.
 */
export function ffmpegArgs(settings: EncoderSettings, files: PipelineFiles, audioSlots: number, rtmpUrl: string | null): string[] {
  const gop = settings.fps * settings.gopSeconds;
  const hls = [
    'f=hls',
    `hls_time=${settings.gopSeconds}`,
    'hls_list_size=6',
    'hls_flags=delete_segments+independent_segments',
    `hls_segment_filename=${files.hlsDir}/seg-%05d.ts`,
  ].join(':');
  const outputs = [`[${hls}]${files.hlsDir}/index.m3u8`];
  if (rtmpUrl) outputs.push(`[f=flv:onfail=ignore]${rtmpUrl}`);
  return [
    '-hide_banner', '-loglevel', 'warning', '-nostdin', '-nostats',
    '-protocol_whitelist', 'file,udp,rtp',
    '-buffer_size', '4194304', '-reorder_queue_size', '100',
    '-analyzeduration', '1000000', '-probesize', '1000000', '-fflags', '+genpts',
    '-thread_queue_size', '1024',
    '-i', files.sdp,
    '-filter_complex', audioFilter(audioSlots),
    '-map', '0:v:0', '-map', '[aout]',
    '-vf', videoFilter(settings, files.captionFile),
    '-c:v', 'libx264', '-preset', settings.preset, '-tune', 'zerolatency', '-profile:v', 'main',
    '-b:v', `${settings.videoKbps}k`, '-maxrate', `${settings.videoKbps}k`, '-bufsize', `${settings.videoKbps * 2}k`,
    '-g', String(gop), '-keyint_min', String(gop), '-sc_threshold', '0', '-r', String(settings.fps),
    '-c:a', 'aac', '-b:a', `${settings.audioKbps}k`, '-ar', '48000', '-ac', '2',
    '-flags', '+global_header',
    '-f', 'tee', outputs.join('|'),
  ];
}
