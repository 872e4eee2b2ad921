import type { MeetingReport, PublishTarget } from '@palabre/shared';
import type { Db } from './database.js';

export interface ReportRecord {
  id: string;
  room: string;
  meetingId: string;
  /** The report's permanent name in its room's archive: /archive/<room>/<slug>. */
  slug: string;
  document: MeetingReport;
  createdAt: number;
  publishAt: number;
  /** When the public archive started showing it; null before. */
  archivedAt: number | null;
}

/** One row of the outbox: one target's delivery of one report. */
export interface DeliveryRecord {
  reportId: string;
  target: PublishTarget;
  state: 'pending' | 'published' | 'failed';
  attempts: number;
  nextAttemptAt: number;
  lastError: string | null;
  /** What the target calls it (wiki page id, Discourse post id), so a retry updates it. */
  remoteId: string | null;
  url: string | null;
  publishedAt: number | null;
}

interface ReportRow extends Omit<ReportRecord, 'document'> {
  document: string;
}

const reportColumns = `id, room, meeting_id AS meetingId, slug, document, created_at AS createdAt,
  publish_at AS publishAt, archived_at AS archivedAt`;
const deliveryColumns = `report_id AS reportId, target, state, attempts, next_attempt_at AS nextAttemptAt,
  last_error AS lastError, remote_id AS remoteId, url, published_at AS publishedAt`;

/**
 * The archive goes first: a report's other deliveries wait until the archive has it, because
 * archiving is when its text becomes final (see `finalise`), and every target must get that text.
 */
const archiveFirst = `(o.target = 'archive' OR EXISTS (SELECT 1 FROM reports r WHERE r.id = o.report_id AND r.archived_at IS NOT NULL))`;

const toRecord = (row: ReportRow | undefined): ReportRecord | undefined =>
  row && { ...row, document: JSON.parse(row.document) as MeetingReport };

/**
 * Frozen reports and their outbox. The outbox rows are written with the report, in the
 * transaction that ends the meeting; the publisher then works through them, durably, so a
 * delivery interrupted by a crash is picked up again after the restart.
 */
export class ReportStore {
  readonly transaction: Db['transaction'];
  private readonly s;

  constructor(db: Db) {
    this.transaction = db.transaction.bind(db);
    this.s = {
      insert: db.prepare(`INSERT INTO reports (id, room, meeting_id, slug, document, created_at, publish_at)
        VALUES (?, ?, ?, ?, ?, ?, ?)`),
      insertDelivery: db.prepare(`INSERT INTO publication_outbox (report_id, target, state, next_attempt_at)
        VALUES (?, ?, 'pending', ?)`),
      slugTaken: db.prepare('SELECT 1 FROM reports WHERE room = ? AND slug = ?'),
      get: db.prepare(`SELECT ${reportColumns} FROM reports WHERE id = ?`),
      forMeeting: db.prepare(`SELECT ${reportColumns} FROM reports WHERE meeting_id = ?`),
      archivedBySlug: db.prepare(`SELECT ${reportColumns} FROM reports WHERE room = ? AND slug = ? AND archived_at IS NOT NULL`),
      archived: db.prepare(`SELECT ${reportColumns} FROM reports WHERE archived_at IS NOT NULL
        ORDER BY room, created_at DESC`),
      archivedInRoom: db.prepare(`SELECT ${reportColumns} FROM reports WHERE room = ? AND archived_at IS NOT NULL
        ORDER BY created_at DESC LIMIT ?`),
      forRoom: db.prepare(`SELECT ${reportColumns} FROM reports WHERE room = ? ORDER BY created_at DESC LIMIT ?`),
      deliveries: db.prepare(`SELECT ${deliveryColumns} FROM publication_outbox WHERE report_id = ? ORDER BY
        CASE target WHEN 'archive' THEN 0 WHEN 'mediawiki' THEN 1 WHEN 'discourse' THEN 2 ELSE 3 END`),
      delivery: db.prepare(`SELECT ${deliveryColumns} FROM publication_outbox WHERE report_id = ? AND target = ?`),
      due: db.prepare(`SELECT ${deliveryColumns} FROM publication_outbox o WHERE state = 'pending' AND next_attempt_at <= ?
        AND ${archiveFirst} ORDER BY next_attempt_at, report_id, target LIMIT ?`),
      nextDue: db.prepare(`SELECT min(next_attempt_at) AS at FROM publication_outbox o WHERE state = 'pending' AND ${archiveFirst}`),
      markArchived: db.prepare('UPDATE reports SET archived_at = coalesce(archived_at, ?) WHERE id = ?'),
      replaceDocument: db.prepare('UPDATE reports SET document = ? WHERE id = ? AND archived_at IS NULL'),
      isFinal: db.prepare(`SELECT 1 FROM reports r WHERE r.id = ? AND (r.archived_at IS NOT NULL
        OR EXISTS (SELECT 1 FROM publication_outbox o WHERE o.report_id = r.id AND o.state = 'published'))`),
      succeeded: db.prepare(`UPDATE publication_outbox SET state = 'published', attempts = attempts + 1, last_error = NULL,
        url = ?, remote_id = coalesce(?, remote_id), published_at = ? WHERE report_id = ? AND target = ?`),
      failed: db.prepare(`UPDATE publication_outbox SET state = ?, attempts = attempts + 1, last_error = ?,
        next_attempt_at = ? WHERE report_id = ? AND target = ?`),
      rememberRemoteId: db.prepare('UPDATE publication_outbox SET remote_id = ? WHERE report_id = ? AND target = ?'),
      publishNow: db.prepare('UPDATE reports SET publish_at = min(publish_at, ?) WHERE id = ?'),
      publishNowDeliveries: db.prepare(`UPDATE publication_outbox SET next_attempt_at = min(next_attempt_at, ?)
        WHERE report_id = ? AND state = 'pending' AND attempts = 0`),
      retry: db.prepare(`UPDATE publication_outbox SET state = 'pending', attempts = 0, next_attempt_at = ?
        WHERE report_id = ? AND target = ? AND state != 'published'`),
      publishedBefore: db.prepare(`SELECT r.meeting_id AS meetingId FROM reports r JOIN meetings m ON m.id = r.meeting_id
        WHERE m.working_data_purged_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM publication_outbox o WHERE o.report_id = r.id AND o.state != 'published')
        AND (SELECT max(o.published_at) FROM publication_outbox o WHERE o.report_id = r.id) <= ?`),
    };
  }

  slugTaken(room: string, slug: string): boolean {
    return this.s.slugTaken.get(room, slug) !== undefined;
  }

  /** The report and one pending delivery per target, due once the review delay is over. */
  insert(report: Omit<ReportRecord, 'archivedAt'>, targets: readonly PublishTarget[]): void {
    this.s.insert.run(report.id, report.room, report.meetingId, report.slug, JSON.stringify(report.document), report.createdAt, report.publishAt);
    for (const target of targets) this.s.insertDelivery.run(report.id, target, report.publishAt);
  }

  get(reportId: string): ReportRecord | undefined {
    return toRecord(this.s.get.get(reportId) as ReportRow | undefined);
  }

  forMeeting(meetingId: string): ReportRecord | undefined {
    return toRecord(this.s.forMeeting.get(meetingId) as ReportRow | undefined);
  }

  forRoom(room: string, limit = 20): ReportRecord[] {
    return (this.s.forRoom.all(room, limit) as ReportRow[]).map((row) => toRecord(row)!);
  }

  /** What the public archive shows: reports whose archive delivery is done. */
  archived(): ReportRecord[] {
    return (this.s.archived.all() as ReportRow[]).map((row) => toRecord(row)!);
  }

  archivedInRoom(room: string, limit = 1000): ReportRecord[] {
    return (this.s.archivedInRoom.all(room, limit) as ReportRow[]).map((row) => toRecord(row)!);
  }

  archivedBySlug(room: string, slug: string): ReportRecord | undefined {
    return toRecord(this.s.archivedBySlug.get(room, slug) as ReportRow | undefined);
  }

  deliveries(reportId: string): DeliveryRecord[] {
    return this.s.deliveries.all(reportId) as DeliveryRecord[];
  }

  delivery(reportId: string, target: PublishTarget): DeliveryRecord | undefined {
    return this.s.delivery.get(reportId, target) as DeliveryRecord | undefined;
  }

  due(now: number, limit = 20): DeliveryRecord[] {
    return this.s.due.all(now, limit) as DeliveryRecord[];
  }

  /** When the next pending delivery is due; null when none is pending. */
  nextDueAt(): number | null {
    return (this.s.nextDue.get() as { at: number | null }).at;
  }

  markArchived(reportId: string, at: number): void {
    this.s.markArchived.run(at, reportId);
  }

  /**
   * Publication starts: the report takes its final text and the archive shows it, in one
   * transaction. A report archived already keeps its text (a delivery done again after a crash).
   */
  finalise(reportId: string, document: MeetingReport, at: number): void {
    this.transaction(() => {
      this.s.replaceDocument.run(JSON.stringify(document), reportId);
      this.s.markArchived.run(at, reportId);
    })();
  }

  /** Published somewhere already: its text may not change any more (a retry must send the same). */
  isFinal(reportId: string): boolean {
    return this.s.isFinal.get(reportId) !== undefined;
  }

  succeeded(reportId: string, target: PublishTarget, result: { url: string; remoteId: string | null }, at: number): void {
    this.s.succeeded.run(result.url, result.remoteId, at, reportId, target);
  }

  /** A failed attempt: tried again at `retryAt`, or given up when it is null. */
  failed(reportId: string, target: PublishTarget, error: string, retryAt: number | null): void {
    this.s.failed.run(retryAt === null ? 'failed' : 'pending', error, retryAt ?? 0, reportId, target);
  }

  /** Stored as soon as the target tells it, so a retry after a later failure updates, never duplicates. */
  rememberRemoteId(reportId: string, target: PublishTarget, remoteId: string): void {
    this.s.rememberRemoteId.run(remoteId, reportId, target);
  }

  /** "Publish now": the review ends, the deliveries not yet tried are due. */
  publishNow(reportId: string, now: number): void {
    this.transaction(() => {
      this.s.publishNow.run(now, reportId);
      this.s.publishNowDeliveries.run(now, reportId);
    })();
  }

  /** A facilitator's retry: a failed (or waiting) delivery is due now, with a fresh count. */
  retry(reportId: string, target: PublishTarget, now: number): boolean {
    return this.s.retry.run(now, reportId, target).changes === 1;
  }

  /** Meetings whose report every target published before `before`, and whose working data is still kept. */
  publishedBefore(before: number): string[] {
    return (this.s.publishedBefore.all(before) as { meetingId: string }[]).map((row) => row.meetingId);
  }
}
