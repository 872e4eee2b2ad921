import type { DeliveryStatus, ReportStatus } from '@palabre/shared';

/** The report frozen when this meeting ended, once the status lists it. */
export function reportOfMeeting(reports: readonly ReportStatus[], meetingId: string): ReportStatus | null {
  return reports.find((report) => report.meetingId === meetingId) ?? null;
}

/** Still waiting for the review delay (or "Publish now"): something can be published sooner. */
export function inReview(report: ReportStatus): boolean {
  return report.deliveries.some((delivery) => delivery.state === 'review');
}

/**
 * Nothing is published yet: the facilitators may still correct the text. Once one target has
 * it, the text is final (the server refuses a correction), so that every target gets the same.
 */
export function correctable(report: ReportStatus): boolean {
  return report.deliveries.every((delivery) => delivery.state !== 'published');
}

/** Something for the facilitators to see to: still to be published, or a delivery that gave up. */
export function needsAttention(report: ReportStatus): boolean {
  return !settled(report) || report.deliveries.some((delivery) => delivery.state === 'failed');
}

/** Every delivery is settled (published or given up): the status need not be polled any more. */
export function settled(report: ReportStatus): boolean {
  return report.deliveries.every((delivery) => delivery.state === 'published' || delivery.state === 'failed');
}

/** The archive's page of the report once it is there (a path on this server). */
export function archiveUrl(report: ReportStatus): string | null {
  const archive = report.deliveries.find((delivery) => delivery.target === 'archive');
  return archive?.state === 'published' ? archive.url : null;
}

/** Whole seconds left before `at`, never negative; rounded up so "0" means "now". */
export function secondsUntil(at: number, now: number): number {
  return Math.max(0, Math.ceil((at - now) / 1000));
}

/** `m:ss` (or `h:mm:ss`) of a number of seconds. */
export function clockText(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Only a delivery that gave up offers "Retry": a retrying one is already on its way again. */
export function canRetry(delivery: DeliveryStatus): boolean {
  return delivery.state === 'failed';
}
