import * as Y from 'yjs';
import type { MinutesHistoryEntry } from '@palabre/shared';
import type { Db } from './database.js';

/** What is stored of a meeting's minutes: its snapshot (if any) first, then the later updates. */
export interface StoredMinutes {
  updates: Uint8Array[];
  /** Updates appended since the last snapshot: what the next compaction folds. */
  pendingRows: number;
}

/**
 * Rebuilds a document from its stored updates. An update that Yjs refuses is skipped and
 * counted rather than thrown: one bad row must not lock a meeting out of its minutes.
 */
export function docFromUpdates(updates: readonly Uint8Array[]): { doc: Y.Doc; skipped: number } {
  const doc = new Y.Doc();
  let skipped = 0;
  for (const update of updates) {
    try {
      Y.applyUpdate(doc, update);
    } catch {
      skipped++;
    }
  }
  return { doc, skipped };
}

interface EntryRow {
  meetingId: string;
  status: 'open' | 'ended';
  startedAt: number | null;
  endedAt: number | null;
}

/**
 * The minutes of each meeting, stored as Yjs updates appended one by one (one INSERT each,
 * committed before the update is acknowledged) and folded now and then into a snapshot.
 */
export class MinutesStore {
  readonly transaction: Db['transaction'];
  private readonly s;

  constructor(db: Db) {
    this.transaction = db.transaction.bind(db);
    const hasMinutes = `(EXISTS (SELECT 1 FROM minutes_updates u WHERE u.meeting_id = m.id)
      OR EXISTS (SELECT 1 FROM minutes_snapshots s WHERE s.meeting_id = m.id))`;
    const entryColumns = 'm.id AS meetingId, m.status, m.started_at AS startedAt, m.ended_at AS endedAt';
    this.s = {
      append: db.prepare('INSERT INTO minutes_updates (meeting_id, update_data, created_at) VALUES (?, ?, ?)'),
      snapshot: db.prepare('SELECT state FROM minutes_snapshots WHERE meeting_id = ?'),
      updates: db.prepare('SELECT seq, update_data AS data FROM minutes_updates WHERE meeting_id = ? ORDER BY seq'),
      writeSnapshot: db.prepare(`INSERT INTO minutes_snapshots (meeting_id, state, upto_seq, compacted_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (meeting_id) DO UPDATE SET state = excluded.state, upto_seq = excluded.upto_seq,
        compacted_at = excluded.compacted_at`),
      pending: db.prepare('SELECT max(seq) AS last, count(*) AS rows FROM minutes_updates WHERE meeting_id = ?'),
      deleteFolded: db.prepare('DELETE FROM minutes_updates WHERE meeting_id = ? AND seq <= ?'),
      storedBytes: db.prepare(`SELECT
        coalesce((SELECT sum(length(update_data)) FROM minutes_updates WHERE meeting_id = ?), 0)
        + coalesce((SELECT length(state) FROM minutes_snapshots WHERE meeting_id = ?), 0) AS bytes`),
      history: db.prepare(`SELECT ${entryColumns} FROM meetings m WHERE m.room = ? AND ${hasMinutes}
        ORDER BY coalesce(m.started_at, m.created_at) DESC, m.created_at DESC`),
      entry: db.prepare(`SELECT ${entryColumns} FROM meetings m WHERE m.room = ? AND m.id = ? AND ${hasMinutes}`),
      previousEnded: db.prepare(`SELECT m.id FROM meetings m WHERE m.room = ? AND m.id != ? AND m.status = 'ended'
        AND ${hasMinutes} ORDER BY m.ended_at DESC LIMIT 1`),
    };
  }

  /** Appends one update durably; returns its sequence number. */
  append(meetingId: string, update: Uint8Array, now = Date.now()): number {
    return Number(this.s.append.run(meetingId, update, now).lastInsertRowid);
  }

  load(meetingId: string): StoredMinutes {
    const snapshot = this.s.snapshot.get(meetingId) as { state: Uint8Array } | undefined;
    const rows = this.s.updates.all(meetingId) as { seq: number; data: Uint8Array }[];
    return {
      updates: [...(snapshot ? [snapshot.state] : []), ...rows.map((row) => row.data)],
      pendingRows: rows.length,
    };
  }

  /** True when nothing was ever stored for the meeting: its minutes start from a template. */
  isEmpty(meetingId: string): boolean {
    return this.storedBytes(meetingId) === 0;
  }

  /**
   * Folds every stored update into one snapshot, in one transaction: the snapshot is written and
   * the folded rows deleted together, so a crash leaves either the old rows or the new snapshot.
   * `live` is the meeting's loaded document, which holds every stored update (they are applied
   * as they are appended, synchronously); without it the rows are replayed here. Nothing else
   * runs during the transaction (better-sqlite3 is synchronous), so no update arriving
   * meanwhile can be among the deleted rows.
   */
  compact(meetingId: string, live?: Y.Doc, now = Date.now()): { folded: number } {
    return this.transaction(() => {
      const { last, rows } = this.s.pending.get(meetingId) as { last: number | null; rows: number };
      if (last === null) return { folded: 0 };
      this.s.writeSnapshot.run(meetingId, Y.encodeStateAsUpdate(live ?? this.replay(meetingId)), last, now);
      this.s.deleteFolded.run(meetingId, last);
      return { folded: rows };
    })();
  }

  /** The meeting's document rebuilt from storage (snapshot, then later updates). */
  replay(meetingId: string): Y.Doc {
    return docFromUpdates(this.load(meetingId).updates).doc;
  }

  storedBytes(meetingId: string): number {
    return (this.s.storedBytes.get(meetingId, meetingId) as { bytes: number }).bytes;
  }

  /** The room's meetings that have minutes, newest first. */
  history(room: string): MinutesHistoryEntry[] {
    return this.s.history.all(room) as EntryRow[];
  }

  /** One meeting of this room with minutes; undefined for another room's or an unknown meeting. */
  entry(room: string, meetingId: string): MinutesHistoryEntry | undefined {
    return this.s.entry.get(room, meetingId) as EntryRow | undefined;
  }

  /** The room's last ended meeting that has minutes, whose loose ends a new meeting carries over. */
  previousEnded(room: string, exceptMeetingId: string): string | undefined {
    return (this.s.previousEnded.get(room, exceptMeetingId) as { id: string } | undefined)?.id;
  }
}
