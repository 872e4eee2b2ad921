import type { ReportStore } from '../../storage/report-store.js';
import type { Deliver } from './delivery.js';

/** The built-in archive: the report becomes visible at its permanent URL, and in the feed. */
export function archiveDelivery(reports: ReportStore): Deliver {
  return async ({ report }) => {
    reports.markArchived(report.id, Date.now());
    return { url: `/archive/${report.room}/${report.slug}`, remoteId: null };
  };
}
