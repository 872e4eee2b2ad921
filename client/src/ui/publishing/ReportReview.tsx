import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { archiveUrl, inReview } from '../../publishing/report-review';
import { ReportArchiveLink } from './ArchiveLink';
import { DeliveryList } from './DeliveryList';
import { PublishCountdown } from './PublishCountdown';
import { ReportPreviewView } from './ReportPreviewView';
import { useReportReview } from './use-report-review';

/**
 * Facilitators, after the meeting: the report as it will be published, the time left to review
 * it, "Publish now", and each target's delivery as it goes.
 */
export function ReportReview({ room, token, meetingId }: { room: string; token: string; meetingId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { report, preview, failed, publishNow, retry } = useReportReview(room, token, meetingId);
  const [publishing, setPublishing] = useState(false);
  const published = report ? archiveUrl(report) : null;

  return (
    <section className="report-review" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('publishing.review.title')}</h2>
      {failed && (
        <p className="notice" role="alert">
          {t('publishing.network')}
        </p>
      )}
      {!report && !failed && <p className="hint">{t('publishing.review.loading')}</p>}
      {report && (
        <>
          {inReview(report) && (
            <div className="report-review__countdown">
              <PublishCountdown publishAt={report.publishAt} />
              <button
                type="button"
                className="button primary"
                disabled={publishing}
                onClick={() => {
                  setPublishing(true);
                  void publishNow().finally(() => setPublishing(false));
                }}
              >
                {t('publishing.review.publishNow')}
              </button>
            </div>
          )}
          <div role="status">{published && <ReportArchiveLink url={published} />}</div>
          <DeliveryList deliveries={report.deliveries} onRetry={(target) => void retry(target)} />
          {preview && <ReportPreviewView report={preview.report} />}
        </>
      )}
    </section>
  );
}
