import type { RenderedReport } from '../render/render-report.js';
import type { ReportLabels } from '../report/report-labels.js';
import type { ReportRecord } from '../../storage/report-store.js';

/** Why a delivery failed, and whether trying the same again later may work. */
export class DeliveryError extends Error {
  override readonly name = 'DeliveryError';

  constructor(
    message: string,
    readonly retryable: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface DeliveryContext {
  report: ReportRecord;
  rendered: RenderedReport;
  labels: ReportLabels;
  /** What the target called this report after an earlier attempt (page, post), if anything. */
  remoteId: string | null;
  /** Stores the target's id for the report at once, before anything else can fail. */
  rememberRemoteId(remoteId: string): void;
}

export interface DeliveryResult {
  /** Where readers find it; null when the target has no page (a webhook). */
  url: string | null;
  remoteId: string | null;
}

/** One kind of target. Every delivery is idempotent: doing it twice publishes once. */
export type Deliver = (context: DeliveryContext) => Promise<DeliveryResult>;

/** Retry what a server may answer differently later (overload, outage, rate limit), not a refusal. */
export function retryableStatus(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500;
}

/** A failed HTTP answer as a DeliveryError, with the start of its body to explain it. */
export async function httpFailure(what: string, response: Response): Promise<DeliveryError> {
  const body = (await response.text().catch(() => '')).slice(0, 300);
  return new DeliveryError(`${what}: HTTP ${response.status}${body ? ` ${body}` : ''}`, retryableStatus(response.status));
}

/** Network errors and timeouts are worth retrying. */
export function networkFailure(what: string, error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
  return new DeliveryError(`${what}: ${reason}`, true, { cause: error });
}

export const REQUEST_TIMEOUT_MS = 20_000;
