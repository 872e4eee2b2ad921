import type { LiveMode } from '@palabre/shared';
import type { Db } from './database.js';

export interface LiveSettings {
  mode: LiveMode;
  /** The RTMP(S) ingest every stream of the room is also pushed to; null: none. */
  rtmpUrl: string | null;
}

/** What a room's facilitators chose for its streams, kept from one meeting to the next. */
export class LiveSettingsStore {
  private readonly getStatement;
  private readonly setStatement;

  constructor(db: Db) {
    this.getStatement = db.prepare('SELECT mode, rtmp_url AS rtmpUrl FROM room_live_settings WHERE room = ?');
    this.setStatement = db.prepare(
      `INSERT INTO room_live_settings (room, mode, rtmp_url, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (room) DO UPDATE SET mode = excluded.mode, rtmp_url = excluded.rtmp_url, updated_at = excluded.updated_at`,
    );
  }

  get(room: string): LiveSettings | undefined {
    return this.getStatement.get(room) as LiveSettings | undefined;
  }

  set(room: string, settings: LiveSettings, now = Date.now()): void {
    this.setStatement.run(room, settings.mode, settings.rtmpUrl, now);
  }
}
