import type { LiveMode } from '@palabre/shared';

/** How the stream is encoded, per mode. Figures measured on 2 shared cores: see the report in the bench. */
export interface EncoderSettings {
  width: number;
  height: number;
  fps: number;
  /** libx264 preset: ultrafast costs about half of veryfast for a blurrier picture at equal rate. */
  preset: 'ultrafast' | 'superfast' | 'veryfast';
  videoKbps: number;
  audioKbps: number;
  /** Keyframe interval and HLS segment length: a player joins at a keyframe, segments start at one. */
  gopSeconds: number;
  /** Draw the agenda item as a caption (and frame the picture). */
  caption: boolean;
}

export const ENCODER_SETTINGS: Record<LiveMode, EncoderSettings> = {
  composite: { width: 854, height: 480, fps: 25, preset: 'veryfast', videoKbps: 1200, audioKbps: 96, gopSeconds: 2, caption: true },
  // The cheap mode still decodes and re-encodes: browsers send VP8, which neither HLS (MPEG-TS)
  // nor RTMP (FLV) can carry, so a copy is impossible. It saves the drawing and, above all, pixels.
  speaker: { width: 640, height: 360, fps: 24, preset: 'ultrafast', videoKbps: 800, audioKbps: 96, gopSeconds: 2, caption: false },
};
