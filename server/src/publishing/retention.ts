import type { Logger } from '../observability/logger.js';
import type { ReportStore } from '../storage/report-store.js';
import type { RetentionStore } from '../storage/retention-store.js';

/** Once a report is published everywhere, its meeting's working data goes after the retention period. */
export class Retention {
  constructor(
    private readonly deps: { reports: ReportStore; store: RetentionStore; retentionMs: number; logger: Logger },
  ) {}

  sweep(now = Date.now()): void {
    for (const meetingId of this.deps.reports.publishedBefore(now - this.deps.retentionMs)) {
      this.deps.store.purge(meetingId, now);
      this.deps.logger.info({ meetingId }, 'working data of a published meeting deleted');
    }
  }
}
