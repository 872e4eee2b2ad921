import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublishingStatus } from '@palabre/shared';
import { reportOfMeeting, settled } from '../../publishing/report-review';
import { ReportReview } from './ReportReview';
import { useRoomPublishing } from './use-room-publishing';

/**
 * Facilitators, after the meeting: the report frozen when `meetingId` ended, reviewed (and
 * corrected) before it is published, and its deliveries as they go, polled until settled.
 */
export function MeetingReview({ room, token, meetingId }: { room: string; token: string; meetingId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const isDone = (status: PublishingStatus) => {
    const report = reportOfMeeting(status.reports, meetingId);
    return report !== null && settled(report);
  };
  const { status, revision, failed, publishNow, retry } = useRoomPublishing(room, token, isDone);
  const report = status ? reportOfMeeting(status.reports, meetingId) : null;

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
        <ReportReview
          room={room}
          token={token}
          report={report}
          revision={revision}
          onPublishNow={() => publishNow(report.reportId)}
          onRetry={(target) => void retry(report.reportId, target)}
        />
      )}
    </section>
  );
}
