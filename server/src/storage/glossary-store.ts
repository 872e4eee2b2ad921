import { glossarySchema, type Glossary } from '@palabre/shared';
import type { Db } from './database.js';

/** A room's glossary: its words and what they mean, replaced whole on each save. */
export class GlossaryStore {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      get: db.prepare('SELECT entries FROM room_glossaries WHERE room = ?'),
      put: db.prepare(`INSERT INTO room_glossaries (room, entries, updated_at) VALUES (?, ?, ?)
        ON CONFLICT (room) DO UPDATE SET entries = excluded.entries, updated_at = excluded.updated_at`),
    };
  }

  get(room: string): Glossary {
    const row = this.s.get.get(room) as { entries: string } | undefined;
    return row ? glossarySchema.parse({ entries: JSON.parse(row.entries) }) : { entries: [] };
  }

  /** The room row must exist (RoomStore.touch). */
  put(room: string, glossary: Glossary, now = Date.now()): void {
    this.s.put.run(room, JSON.stringify(glossary.entries), now);
  }
}
