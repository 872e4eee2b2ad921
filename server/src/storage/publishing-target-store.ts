import type { ExternalTarget } from '@palabre/shared';
import type { Db } from './database.js';

export interface StoredTarget {
  kind: ExternalTarget;
  /** The target's settings without its secret, as JSON the caller parses with its schema. */
  settings: unknown;
  /**
   * The credential (bot password, API key, webhook key), kept in clear because the server must
   * present it; it is never sent to a client.
   */
  secret: string;
}

/** Each room's publishing targets, one row per kind. */
export class PublishingTargetStore {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      list: db.prepare('SELECT kind, settings, secret FROM publishing_targets WHERE room = ? ORDER BY kind'),
      get: db.prepare('SELECT kind, settings, secret FROM publishing_targets WHERE room = ? AND kind = ?'),
      put: db.prepare(`INSERT INTO publishing_targets (room, kind, settings, secret, updated_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (room, kind) DO UPDATE SET settings = excluded.settings, secret = excluded.secret,
        updated_at = excluded.updated_at`),
      remove: db.prepare('DELETE FROM publishing_targets WHERE room = ? AND kind = ?'),
    };
  }

  list(room: string): StoredTarget[] {
    return (this.s.list.all(room) as { kind: ExternalTarget; settings: string; secret: string }[]).map(parse);
  }

  get(room: string, kind: ExternalTarget): StoredTarget | undefined {
    const row = this.s.get.get(room, kind) as { kind: ExternalTarget; settings: string; secret: string } | undefined;
    return row && parse(row);
  }

  put(room: string, kind: ExternalTarget, settings: unknown, secret: string, now = Date.now()): void {
    this.s.put.run(room, kind, JSON.stringify(settings), secret, now);
  }

  remove(room: string, kind: ExternalTarget): void {
    this.s.remove.run(room, kind);
  }
}

const parse = (row: { kind: ExternalTarget; settings: string; secret: string }): StoredTarget => ({
  kind: row.kind,
  settings: JSON.parse(row.settings) as unknown,
  secret: row.secret,
});
