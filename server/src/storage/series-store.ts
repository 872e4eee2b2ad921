import { randomUUID } from 'node:crypto';
import { seriesScheduleSchema, type SeriesSchedule } from '@palabre/shared';
import type { Db } from './database.js';

export interface StoredSeries {
  room: string;
  /** Stays the same across edits, so calendar UIDs do too; a deleted series' next one gets a new id. */
  seriesId: string;
  /** Counts edits: the calendar's SEQUENCE, so subscribers take the newer version. */
  revision: number;
  schedule: SeriesSchedule;
  updatedAt: number;
}

interface SeriesRow {
  room: string;
  seriesId: string;
  revision: number;
  schedule: string;
  updatedAt: number;
}

const columns = 'room, series_id AS seriesId, revision, schedule, updated_at AS updatedAt';

/**
 * Each room's recurring series, stored as the JSON the API validated, and which meetings
 * already received the series' welcome item.
 */
export class SeriesStore {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      get: db.prepare(`SELECT ${columns} FROM room_series WHERE room = ?`),
      listed: db.prepare(`SELECT ${columns} FROM room_series WHERE listed = 1 ORDER BY room`),
      put: db.prepare(`INSERT INTO room_series (room, series_id, revision, schedule, listed, updated_at)
        VALUES (?, ?, 0, ?, ?, ?)
        ON CONFLICT (room) DO UPDATE SET revision = revision + 1, schedule = excluded.schedule,
        listed = excluded.listed, updated_at = excluded.updated_at`),
      delete: db.prepare('DELETE FROM room_series WHERE room = ?'),
      welcome: db.prepare('INSERT OR IGNORE INTO welcomed_meetings (meeting_id) VALUES (?)'),
    };
  }

  get(room: string): StoredSeries | undefined {
    const row = this.s.get.get(room) as SeriesRow | undefined;
    return row && parse(row);
  }

  /** Every series whose room chose to be listed on the instance's home page and feed. */
  listed(): StoredSeries[] {
    return (this.s.listed.all() as SeriesRow[]).map(parse);
  }

  /** The room row must exist (RoomStore.touch). */
  put(room: string, schedule: SeriesSchedule, now = Date.now()): StoredSeries {
    this.s.put.run(room, randomUUID(), JSON.stringify(schedule), schedule.listed ? 1 : 0, now);
    return this.get(room)!;
  }

  delete(room: string): boolean {
    return this.s.delete.run(room).changes === 1;
  }

  /** True the first time only: a meeting gets its welcome item once, even if someone removes it. */
  claimWelcome(meetingId: string): boolean {
    return this.s.welcome.run(meetingId).changes === 1;
  }
}

function parse(row: SeriesRow): StoredSeries {
  return {
    room: row.room,
    seriesId: row.seriesId,
    revision: row.revision,
    schedule: seriesScheduleSchema.parse(JSON.parse(row.schedule)),
    updatedAt: row.updatedAt,
  };
}
