import type { TargetSettings } from '@palabre/shared';
import { MediaWikiError, publishToMediaWiki } from '../mediawiki/publish-to-mediawiki.js';
import { checkDestination } from './outbound-url.js';
import { DeliveryError, networkFailure, type DeliveryContext, type DeliveryResult } from './delivery.js';
import { indexLine, pageTitle } from './page-title.js';

/**
 * A page per meeting on the room's wiki, listed on its index page. publishToMediaWiki is
 * idempotent (same title: the page is updated, the index line added once), so a retry after
 * any failure publishes once.
 */
export async function deliverToMediaWiki(
  target: { settings: TargetSettings['mediawiki']; secret: string },
  { report, rendered, labels }: DeliveryContext,
  allowPrivate: boolean,
): Promise<DeliveryResult> {
  await checkDestination(target.settings.apiUrl, allowPrivate);
  const title = pageTitle(target.settings.pageTitlePattern, report.document);
  try {
    const published = await publishToMediaWiki(
      { ...target.settings, botPassword: target.secret },
      { title, wikitext: rendered.wikitext, summary: labels.editSummary, indexLine: indexLine(title, report.document) },
    );
    return { url: published.url, remoteId: published.remoteId };
  } catch (error) {
    if (error instanceof MediaWikiError) throw new DeliveryError(error.message, error.retryable, { cause: error });
    throw networkFailure('MediaWiki', error);
  }
}
