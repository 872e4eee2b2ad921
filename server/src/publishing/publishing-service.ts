import type { Config } from '../config.js';
import type { Logger } from '../observability/logger.js';
import type { RoomManager } from '../rooms/room-manager.js';
import type { Db } from '../storage/database.js';
import type { ChatStore } from '../storage/chat-store.js';
import type { MeetingStore } from '../storage/meeting-store.js';
import type { MinutesStore } from '../storage/minutes-store.js';
import { PublishingTargetStore } from '../storage/publishing-target-store.js';
import { ReportStore } from '../storage/report-store.js';
import { RetentionStore } from '../storage/retention-store.js';
import { ReportFreezer } from './freeze-report.js';
import { MeetingSweeper } from './meeting-sweeper.js';
import { Publisher } from './publisher.js';
import { reportLabels, type ReportLabels } from './report/report-labels.js';
import { Retention } from './retention.js';
import { ReviewMinutes } from './review-minutes.js';
import { archiveDelivery } from './targets/deliver-archive.js';
import { deliverToDiscourse } from './targets/deliver-discourse.js';
import { deliverToMediaWiki } from './targets/deliver-mediawiki.js';
import { deliverToWebhook } from './targets/deliver-webhook.js';

type PublishingConfig = Pick<
  Config,
  | 'MEETING_END_GRACE_SECONDS'
  | 'PUBLISH_DELAY_SECONDS'
  | 'PUBLISH_RETRY_BASE_SECONDS'
  | 'PUBLISH_MAX_ATTEMPTS'
  | 'RETENTION_DAYS'
  | 'REPORT_TIME_ZONE'
  | 'REPORT_LANGUAGE'
  | 'PUBLISH_ALLOW_PRIVATE_HOSTS'
>;

/** Often enough to end a meeting close to its grace period, rarely enough to cost nothing. */
const sweepIntervalMs = (graceMs: number) => Math.min(60_000, Math.max(250, graceMs / 4));

/**
 * Publishing, put together: the freezer that runs when a meeting ends, the publisher that
 * works through the outbox, the sweeper that ends abandoned meetings, and retention. The
 * freezer exists first (rooms need it); `start` begins the background work once rooms exist.
 */
export class PublishingService {
  readonly reports: ReportStore;
  readonly targets: PublishingTargetStore;
  readonly freezer: ReportFreezer;
  readonly publisher: Publisher;
  readonly labels: ReportLabels;
  /** The minutes of a meeting whose report is in review, for its facilitators to correct. */
  readonly review: ReviewMinutes;
  private readonly retention: Retention;
  private sweeper: MeetingSweeper | undefined;
  private sweepTimer: NodeJS.Timeout | undefined;

  constructor(
    db: Db,
    private readonly stores: { meetings: MeetingStore; minutes: MinutesStore; chat: ChatStore },
    private readonly config: PublishingConfig,
    private readonly logger: Logger,
  ) {
    this.reports = new ReportStore(db);
    this.targets = new PublishingTargetStore(db);
    this.labels = reportLabels[config.REPORT_LANGUAGE];
    this.review = new ReviewMinutes({ minutes: stores.minutes, reports: this.reports });
    const allowPrivate = config.PUBLISH_ALLOW_PRIVATE_HOSTS;
    this.retention = new Retention({
      reports: this.reports,
      store: new RetentionStore(db),
      retentionMs: config.RETENTION_DAYS * 86_400_000,
      logger,
    });
    this.publisher = new Publisher({
      reports: this.reports,
      targets: this.targets,
      // The freezer exists by the time anything is delivered (start() comes after the constructor).
      archive: archiveDelivery(this.reports, (report) => this.freezer.current(report)),
      external: {
        mediawiki: (target, context) => deliverToMediaWiki(target, context, allowPrivate),
        discourse: (target, context) => deliverToDiscourse(target, context, allowPrivate),
        webhook: (target, context) => deliverToWebhook(target, context, allowPrivate),
      },
      labels: this.labels,
      retryBaseMs: config.PUBLISH_RETRY_BASE_SECONDS * 1000,
      maxAttempts: config.PUBLISH_MAX_ATTEMPTS,
      logger: logger.child({ component: 'publisher' }),
      onPublished: () => this.housekeeping(),
    });
    this.freezer = new ReportFreezer({
      meetings: stores.meetings,
      minutes: stores.minutes,
      reports: this.reports,
      targets: this.targets,
      labels: this.labels,
      timeZone: config.REPORT_TIME_ZONE,
      publishDelayMs: config.PUBLISH_DELAY_SECONDS * 1000,
      // Runs inside the ending transaction; the publisher looks on a later turn, after the commit.
      onFrozen: () => this.publisher.wake(),
    });
  }

  start(rooms: RoomManager): void {
    const graceMs = this.config.MEETING_END_GRACE_SECONDS * 1000;
    this.sweeper = new MeetingSweeper({ ...this.stores, rooms, ending: this.freezer, graceMs, logger: this.logger });
    this.sweepTimer = setInterval(() => this.housekeeping(), sweepIntervalMs(graceMs));
    this.housekeeping();
    this.publisher.start();
  }

  /** "Publish now" or a retry: the rows are updated already; the publisher looks at once. */
  wake(): void {
    this.publisher.wake();
  }

  async close(): Promise<void> {
    clearInterval(this.sweepTimer);
    await this.publisher.close();
  }

  private housekeeping(): void {
    try {
      this.sweeper?.sweep();
      this.retention.sweep();
    } catch (error) {
      this.logger.error({ err: error }, 'publishing housekeeping failed; it runs again at the next sweep');
    }
  }
}
