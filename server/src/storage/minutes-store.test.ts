import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openDatabase, type Db } from './database.js';
import { MeetingStore } from './meeting-store.js';
import { MinutesStore } from './minutes-store.js';
import { RoomStore } from './room-store.js';

describe('MinutesStore', () => {
  let dataDir: string;
  let db: Db;
  let store: MinutesStore;
  let meetingId: string;

  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'palabre-minutes-'));
    db = openDatabase(dataDir);
    new RoomStore(db).touch('weekly');
    meetingId = new MeetingStore(db).openMeeting('weekly');
    store = new MinutesStore(db);
  });
  afterEach(() => {
    db.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** An editor's doc whose every update is appended, as the server does. */
  function editor() {
    const doc = new Y.Doc();
    doc.on('update', (update: Uint8Array) => store.append(meetingId, update));
    const text = doc.getText('t');
    return { doc, type: (chars: string) => text.insert(text.length, chars) };
  }
  const storedText = () => store.replay(meetingId).getText('t').toString();

  it('loads what was appended, in order', () => {
    const { type } = editor();
    for (const word of ['un ', 'deux ', 'trois']) type(word);
    expect(store.load(meetingId).pendingRows).toBe(3);
    expect(storedText()).toBe('un deux trois');
  });

  it('folds updates into a snapshot and keeps those appended after', () => {
    const { doc, type } = editor();
    for (let i = 0; i < 50; i++) type(`${i} `);
    const before = store.storedBytes(meetingId);
    expect(store.compact(meetingId, doc)).toEqual({ folded: 50 });
    expect(store.load(meetingId)).toMatchObject({ pendingRows: 0, updates: [expect.any(Uint8Array)] });
    expect(store.storedBytes(meetingId)).toBeLessThan(before);

    type('after');
    expect(store.compact(meetingId)).toEqual({ folded: 1 }); // replayed from storage this time
    type('!');
    expect(store.load(meetingId).pendingRows).toBe(1);
    expect(storedText()).toBe(doc.getText('t').toString());
    expect(storedText()).toMatch(/^0 1 2 .* 49 after!$/);
  });

  it('lists the meetings of a room that have minutes, and nothing of other rooms', () => {
    expect(store.history('weekly')).toEqual([]);
    editor().type('x');
    expect(store.history('weekly')).toEqual([{ meetingId, status: 'open', startedAt: null, endedAt: null }]);
    expect(store.entry('weekly', meetingId)).toBeDefined();
    expect(store.entry('other', meetingId)).toBeUndefined();
  });

  it('forgets the minutes with their meeting', () => {
    editor().type('x');
    store.compact(meetingId);
    editor().type('y');
    db.prepare('DELETE FROM meetings WHERE id = ?').run(meetingId);
    expect(store.isEmpty(meetingId)).toBe(true);
  });
});
