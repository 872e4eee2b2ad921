import { targetSettingsSchemas, type ExternalTarget, type TargetSettings } from '@palabre/shared';
import type { Logger } from '../observability/logger.js';
import type { PublishingTargetStore } from '../storage/publishing-target-store.js';
import type { DeliveryRecord, ReportStore } from '../storage/report-store.js';
import { backoffMs } from './backoff.js';
import { renderReport } from './render/render-report.js';
import { labelsOf, type ReportLabels } from './report/report-labels.js';
import { DeliveryError, type DeliveryContext, type DeliveryResult } from './targets/delivery.js';

/** How each external kind of target is delivered to, given its stored settings and secret. */
export type ExternalDeliverers = {
  [K in ExternalTarget]: (target: { settings: TargetSettings[K]; secret: string }, context: DeliveryContext) => Promise<DeliveryResult>;
};

export interface PublisherDeps {
  reports: ReportStore;
  targets: PublishingTargetStore;
  archive: (context: DeliveryContext) => Promise<DeliveryResult>;
  external: ExternalDeliverers;
  labels: ReportLabels;
  retryBaseMs: number;
  maxAttempts: number;
  logger: Logger;
  /** A delivery succeeded (retention may now apply). */
  onPublished?: (reportId: string) => void;
}

/** Even with nothing due, look again now and then: a clock change must not stall the outbox. */
const MAX_SLEEP_MS = 60_000;

/**
 * The background job that works through the outbox: each due delivery is tried, then marked
 * published (with its link) or failed with its reason and a next attempt after a growing delay,
 * until it gives up after `maxAttempts`. One delivery at a time, never inside a request
 * handler. Everything it knows is in the outbox table, so a restart carries on where it was; a
 * delivery cut short by a crash stays pending and is done again, which every target makes
 * harmless (see each deliverer).
 */
export class Publisher {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  private again = false;
  private closed = false;

  constructor(private readonly deps: PublisherDeps) {}

  start(): void {
    this.wake();
  }

  /** Something became due (a meeting ended, "publish now", a retry): look at once. */
  wake(): void {
    this.schedule(0);
  }

  /** Waits for the delivery in progress, if any; nothing new starts. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Resolves once nothing due is left (for tests and a graceful shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.closed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), Math.max(0, Math.min(delayMs, MAX_SLEEP_MS)));
  }

  private async tick(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain();
    try {
      await this.running;
    } finally {
      this.running = null;
    }
    const next = this.deps.reports.nextDueAt();
    this.schedule(next === null ? MAX_SLEEP_MS : next - Date.now());
  }

  private async drain(): Promise<void> {
    do {
      this.again = false;
      for (const delivery of this.deps.reports.due(Date.now())) {
        if (this.closed) return;
        await this.attempt(delivery);
      }
    } while (this.again && !this.closed);
  }

  private async attempt(delivery: DeliveryRecord): Promise<void> {
    const { reports, logger } = this.deps;
    const { reportId, target } = delivery;
    const log = logger.child({ reportId, target, attempt: delivery.attempts + 1 });
    try {
      const result = await this.deliver(delivery);
      reports.succeeded(reportId, target, { url: result.url ?? '', remoteId: result.remoteId }, Date.now());
      log.info({ url: result.url }, 'report published');
      this.deps.onPublished?.(reportId);
    } catch (error) {
      const failure = error instanceof DeliveryError ? error : new DeliveryError(String((error as Error)?.message ?? error), true, { cause: error });
      const attempts = delivery.attempts + 1;
      const retryAt = failure.retryable && attempts < this.deps.maxAttempts ? Date.now() + backoffMs(attempts, this.deps.retryBaseMs) : null;
      reports.failed(reportId, target, failure.message.slice(0, 500), retryAt);
      log.warn({ err: failure, retryAt }, retryAt === null ? 'report delivery failed; gave up' : 'report delivery failed; will retry');
    }
  }

  private deliver(delivery: DeliveryRecord): Promise<DeliveryResult> {
    const { reports, targets, labels } = this.deps;
    // Read afresh at each attempt: archiving gives the report its final text, which the others send.
    const report = reports.get(delivery.reportId);
    if (!report) throw new DeliveryError('the report is gone', false);
    const reportLabels = labelsOf(report.document, labels);
    const context: DeliveryContext = {
      report,
      rendered: renderReport(report.document, reportLabels),
      labels: reportLabels,
      remoteId: delivery.remoteId,
      rememberRemoteId: (remoteId) => reports.rememberRemoteId(report.id, delivery.target, remoteId),
    };
    if (delivery.target === 'archive') return this.deps.archive(context);
    return this.deliverExternal(delivery.target, report.room, context);
  }

  private deliverExternal<K extends ExternalTarget>(kind: K, room: string, context: DeliveryContext): Promise<DeliveryResult> {
    // The target's current settings: a facilitator who fixes a wrong password then retries is heard.
    const stored = this.deps.targets.get(room, kind);
    if (!stored) throw new DeliveryError(`no ${kind} target is configured for this room any more`, false);
    const settings = targetSettingsSchemas[kind].safeParse(stored.settings);
    if (!settings.success) throw new DeliveryError(`the stored ${kind} settings are invalid`, false);
    const deliver = this.deps.external[kind] as ExternalDeliverers[ExternalTarget] as (
      target: { settings: unknown; secret: string },
      context: DeliveryContext,
    ) => Promise<DeliveryResult>;
    return deliver({ settings: settings.data, secret: stored.secret }, context);
  }
}
