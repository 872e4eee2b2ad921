import type { Db } from './database.js';

/**
 * Deletes a meeting's working data once its report is published and kept long enough: the
 * chat, the raw minutes (every Yjs update and the snapshot, private notes included), the
 * speaking queue and turns, and who attended. The meeting row, its agenda and its report stay.
 */
export class RetentionStore {
  private readonly purgeStatements;
  private readonly markStatement;
  private readonly transaction: Db['transaction'];

  constructor(db: Db) {
    this.transaction = db.transaction.bind(db);
    this.purgeStatements = [
      'DELETE FROM chat_messages WHERE meeting_id = ?',
      'DELETE FROM minutes_updates WHERE meeting_id = ?',
      'DELETE FROM minutes_snapshots WHERE meeting_id = ?',
      'DELETE FROM queue_entries WHERE meeting_id = ?',
      'DELETE FROM turns_taken WHERE meeting_id = ?',
      'DELETE FROM meeting_attendance WHERE meeting_id = ?',
    ].map((sql) => db.prepare(sql));
    this.markStatement = db.prepare(
      'UPDATE meetings SET working_data_purged_at = ? WHERE id = ? AND working_data_purged_at IS NULL',
    );
  }

  purge(meetingId: string, now = Date.now()): void {
    this.transaction(() => {
      for (const statement of this.purgeStatements) statement.run(meetingId);
      this.markStatement.run(now, meetingId);
    })();
  }
}
