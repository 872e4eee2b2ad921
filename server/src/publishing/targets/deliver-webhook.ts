import { createHmac } from 'node:crypto';
import type { TargetSettings } from '@palabre/shared';
import { checkDestination } from './outbound-url.js';
import { DeliveryError, REQUEST_TIMEOUT_MS, httpFailure, networkFailure, type DeliveryContext, type DeliveryResult } from './delivery.js';

export const SIGNATURE_HEADER = 'X-Palabre-Signature';
export const DELIVERY_HEADER = 'X-Palabre-Delivery';
export const TIMESTAMP_HEADER = 'X-Palabre-Timestamp';

/** `sha256=<hex>` of the raw body, keyed with the webhook's secret: what a receiver recomputes. */
export function signature(secret: string, rawBody: string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
}

/**
 * POSTs the report (its data, Markdown and HTML) as JSON, signed. The delivery id is the
 * report's id, the same at every retry, so a receiver that saw it already can ignore it: that
 * is what makes a retry after a lost answer harmless. The timestamp is in the signed body too.
 */
export async function deliverToWebhook(
  target: { settings: TargetSettings['webhook']; secret: string },
  { report, rendered }: DeliveryContext,
  allowPrivate: boolean,
): Promise<DeliveryResult> {
  await checkDestination(target.settings.url, allowPrivate);
  const sentAt = Math.floor(Date.now() / 1000);
  const body = JSON.stringify({
    event: 'report.published',
    deliveryId: report.id,
    sentAt,
    archivePath: `/archive/${report.room}/${report.slug}`,
    report: report.document,
    markdown: rendered.markdown,
    html: rendered.html,
  });
  let response: Response;
  try {
    response = await fetch(target.settings.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'Palabre',
        [DELIVERY_HEADER]: report.id,
        [TIMESTAMP_HEADER]: String(sentAt),
        [SIGNATURE_HEADER]: signature(target.secret, body),
      },
      body,
      // A redirect would carry the signed report somewhere nobody configured.
      redirect: 'manual',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    throw networkFailure('webhook', error);
  }
  if (response.status >= 300 && response.status < 400) {
    throw new DeliveryError(`webhook: HTTP ${response.status} redirect, not followed`, false);
  }
  if (!response.ok) throw await httpFailure('webhook', response);
  return { url: null, remoteId: report.id };
}
