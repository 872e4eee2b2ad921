import { randomUUID } from 'node:crypto';
import type { AgendaItem, MeetingState, QueueEntry, Speaker } from '@palabre/shared';
import type { Db } from './database.js';

interface MeetingRow {
  id: string;
  room: string;
  status: 'open' | 'ended';
  createdAt: number;
  endedAt: number | null;
  startedAt: number | null;
  currentItemId: string | null;
  currentItemSince: number | null;
  speakerPeerId: string | null;
  speakerName: string | null;
  speakerSince: number | null;
  speakerLimitSeconds: number | null;
  fairMode: number;
}

interface AgendaRow {
  id: string;
  title: string;
  owner: string | null;
  durationMinutes: number | null;
  done: number;
  spentMs: number;
  proposedBy: string;
}

/**
 * The open meeting of each room: its row, agenda items and speaking queue. Plain data access;
 * the rules live in facilitation/. Callers wrap related writes in `transaction`.
 */
export class MeetingStore {
  readonly transaction: Db['transaction'];
  private readonly s;

  constructor(private readonly db: Db) {
    this.transaction = db.transaction.bind(db);
    this.s = {
      openMeeting: db.prepare("SELECT id FROM meetings WHERE room = ? AND status = 'open' ORDER BY created_at DESC LIMIT 1"),
      createMeeting: db.prepare("INSERT INTO meetings (id, room, status, created_at) VALUES (?, ?, 'open', ?)"),
      meeting: db.prepare(`SELECT id, room, status, created_at AS createdAt, ended_at AS endedAt, started_at AS startedAt, current_item_id AS currentItemId,
        current_item_since AS currentItemSince, speaker_peer_id AS speakerPeerId, speaker_name AS speakerName,
        speaker_since AS speakerSince, speaker_limit_seconds AS speakerLimitSeconds, fair_mode AS fairMode
        FROM meetings WHERE id = ?`),
      end: db.prepare(`UPDATE meetings SET status = 'ended', ended_at = ?, current_item_id = NULL,
        current_item_since = NULL, speaker_peer_id = NULL, speaker_name = NULL, speaker_since = NULL WHERE id = ? AND status = 'open'`),
      attend: db.prepare(`UPDATE meetings SET started_at = coalesce(started_at, ?), last_activity_at = ? WHERE id = ?`),
      recordAttendance: db.prepare(`INSERT INTO meeting_attendance (meeting_id, participant_id, first_joined_at)
        VALUES (?, ?, ?) ON CONFLICT DO NOTHING`),
      attendees: db.prepare(`SELECT p.name, p.named_in_report AS named FROM meeting_attendance a
        JOIN participants p ON p.id = a.participant_id WHERE a.meeting_id = ? ORDER BY a.first_joined_at, p.name`),
      touchActivity: db.prepare("UPDATE meetings SET last_activity_at = ? WHERE id = ? AND status = 'open'"),
      idleOpenMeetings: db.prepare(`SELECT id, room, coalesce(last_activity_at, started_at) AS lastActivityAt FROM meetings
        WHERE status = 'open' AND started_at IS NOT NULL AND coalesce(last_activity_at, started_at) < ?`),
      setCurrent: db.prepare('UPDATE meetings SET current_item_id = ?, current_item_since = ? WHERE id = ?'),
      setSpeaker: db.prepare('UPDATE meetings SET speaker_peer_id = ?, speaker_name = ?, speaker_since = ? WHERE id = ?'),
      configure: db.prepare(`UPDATE meetings SET fair_mode = coalesce(?, fair_mode),
        speaker_limit_seconds = CASE WHEN ? THEN ? ELSE speaker_limit_seconds END WHERE id = ?`),
      agenda: db.prepare(`SELECT id, title, owner, duration_minutes AS durationMinutes, done, spent_ms AS spentMs,
        proposed_by AS proposedBy FROM agenda_items WHERE meeting_id = ? ORDER BY position`),
      insertItem: db.prepare(`INSERT INTO agenda_items (id, meeting_id, position, title, owner, duration_minutes,
        proposed_by, created_at) VALUES (?, ?, (SELECT coalesce(max(position), -1) + 1 FROM agenda_items WHERE meeting_id = ?), ?, ?, ?, ?, ?)`),
      updateItem: db.prepare(`UPDATE agenda_items SET title = coalesce(?, title),
        owner = CASE WHEN ? THEN ? ELSE owner END,
        duration_minutes = CASE WHEN ? THEN ? ELSE duration_minutes END WHERE id = ? AND meeting_id = ?`),
      setPosition: db.prepare('UPDATE agenda_items SET position = ? WHERE id = ? AND meeting_id = ?'),
      removeItem: db.prepare('DELETE FROM agenda_items WHERE id = ? AND meeting_id = ?'),
      addSpent: db.prepare('UPDATE agenda_items SET spent_ms = spent_ms + ? WHERE id = ? AND meeting_id = ?'),
      markDone: db.prepare('UPDATE agenda_items SET done = 1 WHERE id = ? AND meeting_id = ?'),
      queue: db.prepare(`SELECT peer_id AS peerId, name, reply, raised_at AS raisedAt FROM queue_entries
        WHERE meeting_id = ? ORDER BY raised_at, peer_id`),
      raise: db.prepare(`INSERT INTO queue_entries (meeting_id, peer_id, name, reply, raised_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (meeting_id, peer_id) DO UPDATE SET reply = excluded.reply`),
      lower: db.prepare('DELETE FROM queue_entries WHERE meeting_id = ? AND peer_id = ?'),
      lowerAll: db.prepare('DELETE FROM queue_entries WHERE meeting_id = ?'),
      tookTurn: db.prepare('INSERT OR IGNORE INTO turns_taken (meeting_id, item_id, peer_id) VALUES (?, ?, ?)'),
      turnsTaken: db.prepare('SELECT peer_id AS peerId FROM turns_taken WHERE meeting_id = ? AND item_id = ?'),
    };
  }

  /** The room's open meeting, created on first use. */
  openMeeting(room: string): string {
    const row = this.s.openMeeting.get(room) as { id: string } | undefined;
    if (row) return row.id;
    const id = randomUUID();
    this.s.createMeeting.run(id, room, Date.now());
    return id;
  }

  meeting(meetingId: string): MeetingRow {
    const row = this.s.meeting.get(meetingId) as MeetingRow | undefined;
    if (!row) throw new Error(`meeting ${meetingId} is gone`);
    return row;
  }

  agenda(meetingId: string): AgendaRow[] {
    return this.s.agenda.all(meetingId) as AgendaRow[];
  }

  queue(meetingId: string): QueueEntry[] {
    return (this.s.queue.all(meetingId) as (Omit<QueueEntry, 'reply'> & { reply: number })[]).map((entry) => ({
      ...entry,
      reply: entry.reply === 1,
    }));
  }

  turnsTaken(meetingId: string, itemId: string | null): Set<string> {
    const rows = this.s.turnsTaken.all(meetingId, itemId ?? '') as { peerId: string }[];
    return new Set(rows.map((row) => row.peerId));
  }

  /** Everything a client shows, with the queue in the order given by `orderQueue`. */
  state(meetingId: string, orderQueue: (queue: QueueEntry[], spoken: Set<string>, fairMode: boolean) => QueueEntry[]): MeetingState {
    const row = this.meeting(meetingId);
    const agenda: AgendaItem[] = this.agenda(meetingId).map((item) => ({
      id: item.id,
      title: item.title,
      owner: item.owner,
      durationMinutes: item.durationMinutes,
      status: item.id === row.currentItemId ? 'current' : item.done ? 'done' : 'pending',
      spentMs: item.spentMs,
      proposedBy: item.proposedBy,
    }));
    const speaker: Speaker | null =
      row.speakerPeerId && row.speakerName && row.speakerSince !== null
        ? { peerId: row.speakerPeerId, name: row.speakerName, since: row.speakerSince }
        : null;
    const fairMode = row.fairMode === 1;
    return {
      meetingId,
      agenda,
      currentItemId: row.currentItemId,
      currentItemSince: row.currentItemSince,
      startedAt: row.startedAt,
      queue: orderQueue(this.queue(meetingId), this.turnsTaken(meetingId, row.currentItemId), fairMode),
      speaker,
      speakerLimitSeconds: row.speakerLimitSeconds,
      fairMode,
      serverTime: Date.now(),
    };
  }

  /** Closes the meeting; false if it had already ended (nothing changed). */
  end(meetingId: string, at: number): boolean {
    return this.s.end.run(at, meetingId).changes === 1;
  }

  /** Someone joined: the meeting has started (if it had not), they attended, it is active now. */
  attend(meetingId: string, participantId: string, at: number): void {
    this.s.attend.run(at, at, meetingId);
    this.s.recordAttendance.run(meetingId, participantId, at);
  }

  /** Everyone who attended, in the order they first came, with their consent to be named. */
  attendees(meetingId: string): { name: string; named: boolean }[] {
    return (this.s.attendees.all(meetingId) as { name: string; named: number }[]).map((row) => ({
      name: row.name,
      named: row.named === 1,
    }));
  }

  /** The room is live: its meeting is still going on (what the end-after-grace rule reads). */
  touchActivity(meetingId: string, at: number): void {
    this.s.touchActivity.run(at, meetingId);
  }

  /** Started meetings still open whose last sign of life is older than `before`. */
  idleOpenMeetings(before: number): { id: string; room: string; lastActivityAt: number }[] {
    return this.s.idleOpenMeetings.all(before) as { id: string; room: string; lastActivityAt: number }[];
  }

  addItem(meetingId: string, item: { title: string; owner: string | null; durationMinutes: number | null; proposedBy: string }): string {
    const id = randomUUID();
    this.s.insertItem.run(id, meetingId, meetingId, item.title, item.owner, item.durationMinutes, item.proposedBy, Date.now());
    return id;
  }

  updateItem(
    meetingId: string,
    itemId: string,
    changes: { title?: string | undefined; owner?: string | null | undefined; durationMinutes?: number | null | undefined },
  ): boolean {
    const result = this.s.updateItem.run(
      changes.title ?? null,
      changes.owner !== undefined ? 1 : 0,
      changes.owner ?? null,
      changes.durationMinutes !== undefined ? 1 : 0,
      changes.durationMinutes ?? null,
      itemId,
      meetingId,
    );
    return result.changes === 1;
  }

  reorder(meetingId: string, orderedIds: readonly string[]): void {
    orderedIds.forEach((id, position) => this.s.setPosition.run(position, id, meetingId));
  }

  removeItem(meetingId: string, itemId: string): boolean {
    return this.s.removeItem.run(itemId, meetingId).changes === 1;
  }

  setCurrent(meetingId: string, itemId: string | null, since: number | null): void {
    this.s.setCurrent.run(itemId, since, meetingId);
  }

  addSpent(meetingId: string, itemId: string, ms: number): void {
    this.s.addSpent.run(Math.max(0, Math.round(ms)), itemId, meetingId);
  }

  markDone(meetingId: string, itemId: string): void {
    this.s.markDone.run(itemId, meetingId);
  }

  setSpeaker(meetingId: string, speaker: Speaker | null): void {
    this.s.setSpeaker.run(speaker?.peerId ?? null, speaker?.name ?? null, speaker?.since ?? null, meetingId);
  }

  configure(meetingId: string, settings: { fairMode?: boolean | undefined; speakerLimitSeconds?: number | null | undefined }): void {
    this.s.configure.run(
      settings.fairMode === undefined ? null : settings.fairMode ? 1 : 0,
      settings.speakerLimitSeconds !== undefined ? 1 : 0,
      settings.speakerLimitSeconds ?? null,
      meetingId,
    );
  }

  raiseHand(meetingId: string, entry: QueueEntry): void {
    this.s.raise.run(meetingId, entry.peerId, entry.name, entry.reply ? 1 : 0, entry.raisedAt);
  }

  lowerHand(meetingId: string, peerId: string): boolean {
    return this.s.lower.run(meetingId, peerId).changes === 1;
  }

  lowerAllHands(meetingId: string): void {
    this.s.lowerAll.run(meetingId);
  }

  recordTurn(meetingId: string, itemId: string | null, peerId: string): void {
    this.s.tookTurn.run(meetingId, itemId ?? '', peerId);
  }
}
