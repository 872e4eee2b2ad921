import {
  TARGET_SECRET_FIELDS,
  targetSettingsSchemas,
  type DeliveryStatus,
  type PublishingStatus,
  type PublishingTargetsView,
} from '@palabre/shared';
import type { PublishingTargetStore } from '../storage/publishing-target-store.js';
import type { DeliveryRecord, ReportStore } from '../storage/report-store.js';

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
