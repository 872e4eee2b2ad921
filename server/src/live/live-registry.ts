import { AppError, type LiveAvailability, type LiveMode, type LiveSettingsView, type LiveState } from '@palabre/shared';
import fs from 'node:fs';
import path from 'node:path';
import { requireFacilitator, type Actor } from '../facilitation/meeting.js';
import type { Logger } from '../observability/logger.js';
import type { Room } from '../rooms/room.js';
import type { LiveSettingsStore } from '../storage/live-settings-store.js';
import { LiveStream } from './live-stream.js';

export interface LiveRegistryOptions {
  logger: Logger;
  /** Where a stream is also pushed when its room has no ingest of its own (LIVE_RTMP_URL). */
  defaultRtmpUrl: string | null;
  settings: LiveSettingsStore;
}

/**
 * The rooms' live streams, at most one per room. A facilitator starts and stops them; a room that
 * closes (its meeting ended, its last person left) stops its stream, and so does server shutdown.
 * Each room's settings (mode, RTMP ingest) are stored; the RTMP URL is never sent to any client.
 */
export class LiveRegistry {
  private readonly streams = new Map<string, LiveStream>();

  constructor(private readonly options: LiveRegistryOptions) {}

  start(room: Room, actor: Actor, request: { mode?: LiveMode | undefined; rtmpUrl?: string | null | undefined }): LiveState {
    requireFacilitator(actor, 'start a live stream');
    const running = this.streams.get(room.name);
    if (running) return running.state;
    const saved = this.options.settings.get(room.name);
    const mode = request.mode ?? saved?.mode ?? 'composite';
    if (request.rtmpUrl) this.options.settings.set(room.name, { mode: saved?.mode ?? mode, rtmpUrl: request.rtmpUrl });
    const rtmpUrl = request.rtmpUrl !== undefined ? request.rtmpUrl : (saved?.rtmpUrl ?? this.options.defaultRtmpUrl);
    const stream = new LiveStream(room, { mode, rtmpUrl, logger: this.options.logger });
    this.streams.set(room.name, stream);
    const show = (state: LiveState) => {
      room.setLive(state);
      if (state.status === 'off' && this.streams.get(room.name) === stream) this.streams.delete(room.name);
    };
    stream.on('changed', show);
    room.once('close', () => void stream.stop('room-closed'));
    show(stream.state);
    void stream.start();
    return stream.state;
  }

  settings(room: Room, actor: Actor): LiveSettingsView {
    requireFacilitator(actor, "see the live stream's settings");
    return this.view(room.name);
  }

  /** Saved for the room's later streams; a stream running now keeps what it started with. */
  configure(room: Room, actor: Actor, request: { mode: LiveMode; rtmpUrl?: string | null | undefined }): LiveSettingsView {
    requireFacilitator(actor, "change the live stream's settings");
    const saved = this.options.settings.get(room.name);
    const rtmpUrl = request.rtmpUrl !== undefined ? request.rtmpUrl : (saved?.rtmpUrl ?? null);
    this.options.settings.set(room.name, { mode: request.mode, rtmpUrl });
    return this.view(room.name);
  }

  pin(room: Room, actor: Actor, peerId: string | null): LiveState {
    requireFacilitator(actor, 'choose who the live stream shows');
    const stream = this.streams.get(room.name);
    if (!stream) throw new AppError('NOT_FOUND', 'the room is not live');
    if (peerId !== null && !room.peers.has(peerId)) throw new AppError('NOT_FOUND', 'that person is not in the room');
    stream.pin(peerId);
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

  private view(roomName: string): LiveSettingsView {
    const saved = this.options.settings.get(roomName);
    const rtmp = saved?.rtmpUrl ? 'room' : this.options.defaultRtmpUrl ? 'server' : 'none';
    return { mode: saved?.mode ?? 'composite', rtmp };
  }

  /** Server shutdown: every ffmpeg stopped, every temp directory gone. */
  async close(): Promise<void> {
    await Promise.all([...this.streams.values()].map((stream) => stream.stop('room-closed')));
  }
}
