import {
  TARGET_SECRET_FIELDS,
  targetSettingsSchemas,
  type DeliveryStatus,
  type MeetingReportState,
  type PublishedReport,
  type PublishingStatus,
  type PublishingTargetsView,
} from '@palabre/shared';
import type { PublishingTargetStore } from '../storage/publishing-target-store.js';
import type { DeliveryRecord, ReportRecord, ReportStore } from '../storage/report-store.js';

/** What a facilitator sees of one delivery. */
export function deliveryStatus(delivery: DeliveryRecord, publishAt: number, now: number): DeliveryStatus {
  const state: DeliveryStatus['state'] =
    delivery.state === 'published'
      ? 'published'
      : delivery.state === 'failed'
        ? 'failed'
        : delivery.attempts > 0
          ? 'retrying'
          : now < publishAt && delivery.nextAttemptAt > now
            ? 'review'
            : 'publishing';
  return {
    target: delivery.target,
    state,
    url: delivery.url || null,
    attempts: delivery.attempts,
    lastError: delivery.lastError,
    nextAttemptAt: delivery.state === 'pending' ? delivery.nextAttemptAt : null,
    publishedAt: delivery.publishedAt,
  };
}

/** The room's targets with every secret replaced by 'set'. */
export function targetsView(room: string, targets: PublishingTargetStore): PublishingTargetsView {
  const view: PublishingTargetsView = { mediawiki: null, discourse: null, webhook: null };
  for (const stored of targets.list(room)) {
    const settings = targetSettingsSchemas[stored.kind].safeParse(stored.settings);
    if (!settings.success) continue;
    // Only the parsed settings go out: whatever else the row held stays in.
    Object.assign(view, { [stored.kind]: { ...settings.data, [TARGET_SECRET_FIELDS[stored.kind]]: 'set' } });
  }
  return view;
}

export function publishingStatus(room: string, stores: { reports: ReportStore; targets: PublishingTargetStore }, now = Date.now()): PublishingStatus {
  return {
    targets: targetsView(room, stores.targets),
    reports: stores.reports.forRoom(room).map((report) => ({
      reportId: report.id,
      meetingId: report.meetingId,
      title: report.document.title,
      endedAt: report.document.endedAt,
      publishAt: report.publishAt,
      deliveries: stores.reports.deliveries(report.id).map((delivery) => deliveryStatus(delivery, report.publishAt, now)),
    })),
  };
}

/** The report's permanent page in the archive. */
export const archivePath = (report: Pick<ReportRecord, 'room' | 'slug'>) => `/archive/${report.room}/${report.slug}`;

/**
 * Where a meeting's report stands for anyone who was there, without a secret: what its archive
 * delivery says (every other target follows the archive), and its public page once there.
 */
export function meetingReportState(report: ReportRecord, archive: DeliveryRecord | undefined, now = Date.now()): MeetingReportState {
  const delivery = archive ? deliveryStatus(archive, report.publishAt, now).state : 'publishing';
  const state = delivery === 'retrying' ? 'publishing' : delivery;
  return { state, publishAt: report.publishAt, url: state === 'published' ? archivePath(report) : null };
}

/** A room's reports the archive shows, newest first, as anyone with the room link sees them listed. */
export function publishedReports(room: string, reports: ReportStore, limit = 50): PublishedReport[] {
  return reports.archivedInRoom(room, limit).map((report) => ({
    meetingId: report.meetingId,
    title: report.document.title,
    date: report.document.date,
    time: report.document.time,
    url: archivePath(report),
    publishedAt: report.archivedAt ?? report.createdAt,
  }));
}
