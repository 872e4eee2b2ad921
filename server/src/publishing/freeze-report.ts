import { randomUUID } from 'node:crypto';
import type { MeetingReport, PublishTarget } from '@palabre/shared';
import { readMinutes } from '@palabre/shared/minutes-model';
import type { MeetingEnding } from '../facilitation/meeting.js';
import type { MeetingStore } from '../storage/meeting-store.js';
import type { MinutesStore } from '../storage/minutes-store.js';
import type { PublishingTargetStore } from '../storage/publishing-target-store.js';
import type { ReportRecord, ReportStore } from '../storage/report-store.js';
import { buildReport } from './report/build-report.js';
import { refreezeReport } from './report/refreeze-report.js';
import { labelsOf, type ReportLabels } from './report/report-labels.js';

export interface FreezeDeps {
  meetings: MeetingStore;
  minutes: MinutesStore;
  reports: ReportStore;
  targets: PublishingTargetStore;
  labels: ReportLabels;
  timeZone: string;
  publishDelayMs: number;
  /** Told once the report and its outbox are written (the publisher wakes up). */
  onFrozen?: (reportId: string) => void;
}

/**
 * Runs inside the transaction that ends a meeting: reads the stored minutes (every
 * acknowledged edit is stored before it is acknowledged, so storage holds what the live
 * document holds), freezes the report, and writes one outbox row for the archive and one per
 * target configured for the room now. All synchronous SQLite, so all or nothing.
 */
export class ReportFreezer implements MeetingEnding {
  constructor(private readonly deps: FreezeDeps) {}

  ended(meetingId: string, endedAt: number): void {
    const { meetings, minutes, reports, targets, labels, timeZone } = this.deps;
    if (reports.forMeeting(meetingId)) return;
    const meeting = meetings.meeting(meetingId);
    const doc = minutes.replay(meetingId);
    let document;
    try {
      document = buildReport({
        room: meeting.room,
        meetingId,
        startedAt: meeting.startedAt ?? meeting.createdAt,
        endedAt,
        agenda: meetings.agenda(meetingId),
        minutes: readMinutes(doc, meetingId),
        attendees: meetings.attendees(meetingId),
        timeZone,
        labels,
      });
    } finally {
      doc.destroy();
    }
    const now = Date.now();
    const id = randomUUID();
    const deliveries: PublishTarget[] = ['archive', ...targets.list(meeting.room).map((target) => target.kind)];
    reports.insert(
      {
        id,
        room: meeting.room,
        meetingId,
        slug: this.uniqueSlug(meeting.room, `${document.date}-${document.time.replace(':', '')}`),
        document,
        createdAt: now,
        publishAt: now + this.deps.publishDelayMs,
      },
      deliveries,
    );
    this.deps.onFrozen?.(id);
  }

  /**
   * The report as it would be published now: its text from the minutes as they are (a
   * facilitator may have fixed a typo during the review), its facts as frozen at the end. Once
   * published somewhere, the stored report as it is: its text no longer changes.
   */
  current(report: ReportRecord): MeetingReport {
    const { meetings, minutes, reports, labels } = this.deps;
    if (reports.isFinal(report.id)) return report.document;
    const doc = minutes.replay(report.meetingId);
    try {
      return refreezeReport(report.document, {
        minutes: readMinutes(doc, report.meetingId),
        agenda: meetings.agenda(report.meetingId),
        labels: labelsOf(report.document, labels),
      });
    } finally {
      doc.destroy();
    }
  }

  /** '2026-11-26-1830', or '2026-11-26-1830-2' for a second meeting started in the same minute. */
  private uniqueSlug(room: string, base: string): string {
    let slug = base;
    for (let n = 2; this.deps.reports.slugTaken(room, slug); n++) slug = `${base}-${n}`;
    return slug;
  }
}
