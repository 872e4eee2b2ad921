import type { LiveAvailability, LiveMode, LiveState } from '@palabre/shared';
import fs from 'node:fs';
import path from 'node:path';
import { requireFacilitator, type Actor } from '../facilitation/meeting.js';
import type { Logger } from '../observability/logger.js';
import type { Room } from '../rooms/room.js';
import { LiveStream } from './live-stream.js';

export interface LiveRegistryOptions {
  logger: Logger;
  /** Where every stream is also pushed unless its room says otherwise (LIVE_RTMP_URL). */
  defaultRtmpUrl: string | null;
}

/**
 * The rooms' live streams, at most one per room. A facilitator starts and stops them; a room that
 * closes (its meeting ended, its last person left) stops its stream, and so does server shutdown.
 * The RTMP URL a facilitator gives is kept for the room's lifetime and never sent to any client.
 */
export class LiveRegistry {
  private readonly streams = new Map<string, LiveStream>();
  private readonly rtmpUrls = new Map<string, string | null>();

  constructor(private readonly options: LiveRegistryOptions) {}

  start(room: Room, actor: Actor, request: { mode: LiveMode; rtmpUrl?: string | null | undefined }): LiveState {
    requireFacilitator(actor, 'start a live stream');
    const running = this.streams.get(room.name);
    if (running) return running.state;
    if (request.rtmpUrl !== undefined) this.rtmpUrls.set(room.name, request.rtmpUrl);
    const rtmpUrl = this.rtmpUrls.has(room.name) ? (this.rtmpUrls.get(room.name) ?? null) : this.options.defaultRtmpUrl;
    const stream = new LiveStream(room, { mode: request.mode, rtmpUrl, logger: this.options.logger });
    this.streams.set(room.name, stream);
    const show = (state: LiveState) => {
      room.liveState = state;
      room.broadcast('live:changed', null, state);
      if (state.status === 'off' && this.streams.get(room.name) === stream) this.streams.delete(room.name);
    };
    stream.on('changed', show);
    room.once('close', () => {
      this.rtmpUrls.delete(room.name);
      void stream.stop('room-closed');
    });
    show(stream.state);
    void stream.start();
    return stream.state;
  }

  async stop(room: Room, actor: Actor): Promise<void> {
    requireFacilitator(actor, 'stop the live stream');
    await this.streams.get(room.name)?.stop('stopped');
  }

  /** The stream of a room, if one runs. */
  stream(roomName: string): LiveStream | undefined {
    return this.streams.get(roomName);
  }

  availability(roomName: string): LiveAvailability {
    const dir = this.streams.get(roomName)?.hlsDir;
    return { live: dir != null, playlistReady: dir != null && fs.existsSync(path.join(dir, 'index.m3u8')) };
  }

  /** Server shutdown: every ffmpeg stopped, every temp directory gone. */
  async close(): Promise<void> {
    await Promise.all([...this.streams.values()].map((stream) => stream.stop('room-closed')));
  }
}
