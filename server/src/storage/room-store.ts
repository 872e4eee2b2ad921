import type { Db } from './database.js';

export interface RoomRecord {
  name: string;
  createdAt: number;
  lastActiveAt: number;
}

/** Rooms are created by their first join and remembered, so later features can hang data on them. */
export class RoomStore {
  private readonly touchStatement;
  private readonly getStatement;

  constructor(db: Db) {
    this.touchStatement = db.prepare(
      `INSERT INTO rooms (name, created_at, last_active_at) VALUES (?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET last_active_at = excluded.last_active_at`,
    );
    this.getStatement = db.prepare(
      'SELECT name, created_at AS createdAt, last_active_at AS lastActiveAt FROM rooms WHERE name = ?',
    );
  }

  touch(name: string, now = Date.now()): void {
    this.touchStatement.run(name, now, now);
  }

  get(name: string): RoomRecord | undefined {
    return this.getStatement.get(name) as RoomRecord | undefined;
  }
}
