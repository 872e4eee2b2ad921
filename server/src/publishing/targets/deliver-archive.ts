import type { MeetingReport } from '@palabre/shared';
import type { ReportRecord, ReportStore } from '../../storage/report-store.js';
import { archivePath } from '../publishing-status.js';
import type { Deliver } from './delivery.js';

/**
 * The built-in archive: the report becomes visible at its permanent URL, and in the feed. It
 * goes first (the others wait for it), and this is when the report's text becomes final: taken
 * from the minutes as they are now (`current`) and archived in one transaction, so a
 * facilitator's correction is either in it or refused afterwards, never acknowledged and lost.
 */
export function archiveDelivery(reports: ReportStore, current: (report: ReportRecord) => MeetingReport): Deliver {
  return async ({ report }) => {
    reports.transaction(() => {
      const stored = reports.get(report.id) ?? report;
      reports.finalise(report.id, current(stored), Date.now());
    })();
    return { url: archivePath(report), remoteId: null };
  };
}
