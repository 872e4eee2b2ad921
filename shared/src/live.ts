import { z } from 'zod';
import { idSchema } from './names.js';

/*
 * Live streaming a call: a facilitator starts it, the server composes one picture (the speaker,
 * or a shared screen, with the agenda item as a caption) and the mixed audio, and publishes it
 * as HLS at `/live/<room>/index.m3u8` (viewer page `/live/<room>`), optionally pushed to RTMP.
 */

/** composite: picture framed with a caption; speaker: the speaker's video re-encoded, nothing drawn. */
export const liveModeSchema = z.enum(['composite', 'speaker']);
export type LiveMode = z.infer<typeof liveModeSchema>;

/** An RTMP(S) ingest URL. It usually holds a stream key: the server never sends it back. */
export const rtmpUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .regex(/^rtmps?:\/\/[^\s|[\]]+$/, 'an rtmp:// or rtmps:// URL');

export const liveRequestSchemas = {
  /**
   * Facilitator: go live. Left out, the mode and the RTMP ingest are the room's settings (else
   * composite, and the server's default ingest if it has one). `rtmpUrl` also pushes to that
   * ingest and is saved in the room's settings; null pushes nowhere, this time.
   */
  'live:start': z.object({
    mode: liveModeSchema.optional(),
    rtmpUrl: rtmpUrlSchema.nullable().optional(),
  }),
  /** Facilitator: the room's stream settings, without the URL itself (it holds a secret). */
  'live:settings': z.object({}).strict(),
  /**
   * Facilitator: save the room's stream settings for every later stream. `rtmpUrl` null removes
   * the room's ingest; left out, keeps it.
   */
  'live:configure': z.object({
    mode: liveModeSchema,
    rtmpUrl: rtmpUrlSchema.nullable().optional(),
  }),
  /**
   * Facilitator: show this person large in the stream whatever the active speaker (their shared
   * screen if they share one); null goes back to following the speaker.
   */
  'live:pin': z.object({ peerId: idSchema.nullable() }),
  /** Facilitator: stop the stream; viewers see it end, the segments are deleted. */
  'live:stop': z.object({}).strict(),
} as const;

export type LiveStatus = 'off' | 'starting' | 'live';

/** Why the last stream ended, for the facilitator's screen. */
export type LiveStopReason = 'stopped' | 'room-closed' | 'failed';

export interface LiveState {
  status: LiveStatus;
  mode: LiveMode | null;
  /** When the stream started (server clock, ms); null when off. */
  since: number | null;
  /** Whether it is also pushed to an RTMP ingest (the URL itself stays on the server). */
  rtmp: boolean;
  /** Set when the stream went off: why. */
  stopReason: LiveStopReason | null;
  /** Shown large whatever the speaker (a facilitator's choice); null: the speaker. */
  pinnedPeerId: string | null;
}

export const LIVE_OFF: LiveState = { status: 'off', mode: null, since: null, rtmp: false, stopReason: null, pinnedPeerId: null };

/** Where streams are pushed besides HLS: the room's own ingest, the server's default, or nowhere. */
export type RtmpTarget = 'room' | 'server' | 'none';

export interface LiveSettingsView {
  mode: LiveMode;
  rtmp: RtmpTarget;
}

export interface LiveResponses {
  'live:start': { state: LiveState };
  'live:settings': LiveSettingsView;
  'live:pin': { state: LiveState };
  'live:configure': LiveSettingsView;
  'live:stop': Record<string, never>;
}

export interface LiveEvents {
  /** The room's stream started, became watchable or stopped: everyone in the room sees it. */
  'live:changed': (state: LiveState) => void;
}

/** `GET /api/rooms/<room>/live`: for the pre-join screen (consent) and the viewer page. */
export interface LiveAvailability {
  /** The room is being streamed (starting or live). */
  live: boolean;
  /** The HLS playlist can be loaded now. */
  playlistReady: boolean;
}

/** Where the HLS playlist of a room is served. */
export function livePlaylistPath(room: string): string {
  return `/live/${room}/index.m3u8`;
}
