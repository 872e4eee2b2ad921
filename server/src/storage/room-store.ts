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
  private readonly facilitatorTokenStatement;
  private readonly setFacilitatorTokenStatement;

  constructor(db: Db) {
    this.touchStatement = db.prepare(
      `INSERT INTO rooms (name, created_at, last_active_at) VALUES (?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET last_active_at = excluded.last_active_at`,
    );
    this.getStatement = db.prepare(
      'SELECT name, created_at AS createdAt, last_active_at AS lastActiveAt FROM rooms WHERE name = ?',
    );
    this.facilitatorTokenStatement = db.prepare('SELECT facilitator_token AS token FROM rooms WHERE name = ?');
    this.setFacilitatorTokenStatement = db.prepare(
      'UPDATE rooms SET facilitator_token = ? WHERE name = ? AND facilitator_token IS NULL',
    );
  }

  /**
   * The room's facilitator secret, kept in clear (unlike resume tokens) because facilitators are
   * shown it to share the role. Undefined until the room's first person claimed it.
   */
  facilitatorToken(name: string): string | undefined {
    const row = this.facilitatorTokenStatement.get(name) as { token: string | null } | undefined;
    return row?.token ?? undefined;
  }

  /** Sets the secret once; false if someone else already claimed the room. */
  claimFacilitatorToken(name: string, token: string): boolean {
    return this.setFacilitatorTokenStatement.run(token, name).changes === 1;
  }

  touch(name: string, now = Date.now()): void {
    this.touchStatement.run(name, now, now);
  }

  get(name: string): RoomRecord | undefined {
    return this.getStatement.get(name) as RoomRecord | undefined;
  }
}
