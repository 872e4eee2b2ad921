import path from 'node:path';
import Database from 'better-sqlite3';
import { type MinutesDocument } from '@palabre/shared';
import { readMinutes } from '@palabre/shared/minutes-model';
import { MinutesStore } from '../storage/minutes-store.js';

/** The minutes as the database holds them, read on a connection of its own (as after a restart). */
export function storedMinutes(dataDir: string, meetingId: string): { minutes: MinutesDocument; bytes: number } {
  const db = new Database(path.join(dataDir, 'palabre.sqlite'), { readonly: true });
  try {
    const store = new MinutesStore(db);
    const doc = store.replay(meetingId);
    const minutes = readMinutes(doc, meetingId);
    doc.destroy();
    return { minutes, bytes: store.storedBytes(meetingId) };
  } finally {
    db.close();
  }
}
