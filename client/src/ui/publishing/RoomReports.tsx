import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublishedReport, PublishingStatus } from '@palabre/shared';
import { fetchPublishedReports } from '../../publishing/publishing-api';
import { archiveUrl, needsAttention, settled } from '../../publishing/report-review';
import { ReportReview } from './ReportReview';
import { useRoomPublishing } from './use-room-publishing';

interface ListedReport {
  key: string;
  title: string;
  url: string;
}

/** The room's published reports, each a link to its permanent page in the archive. */
function PublishedList({ reports }: { reports: ListedReport[] }) {
  const { t } = useTranslation();
  if (reports.length === 0) return <p className="hint">{t('publishing.room.none')}</p>;
  return (
    <ul className="room-reports__list" aria-label={t('publishing.room.published')}>
      {reports.map((report) => (
        <li key={report.key}>
          <a href={report.url}>{report.title}</a>
        </li>
      ))}
    </ul>
  );
}

function RoomReportsSection({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="room-reports" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('publishing.room.title')}</h2>
      {children}
    </section>
  );
}

/** Anyone with the room link: the published reports. */
function PublicReports({ room }: { room: string }) {
  const { t } = useTranslation();
  const [reports, setReports] = useState<PublishedReport[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    fetchPublishedReports(room, controller.signal).then(setReports, () => {
      if (!controller.signal.aborted) setFailed(true);
    });
    return () => controller.abort();
  }, [room]);
  return (
    <RoomReportsSection>
      {failed && <p className="notice">{t('publishing.room.failed')}</p>}
      {reports && <PublishedList reports={reports.map((report) => ({ key: report.meetingId, title: report.title, url: report.url }))} />}
    </RoomReportsSection>
  );
}

/** A delivery that gave up moves only when a facilitator retries it: no need to keep polling for it. */
const nothingMoving = (status: PublishingStatus) => status.reports.every(settled);

/**
 * Facilitators: the published reports, and above them each report still in review, being
 * published or failed somewhere, with the after-call page's review (countdown, "Publish now",
 * each target's state, "Retry", the correction of the minutes).
 */
function FacilitatorReports({ room, token }: { room: string; token: string }) {
  const { t } = useTranslation();
  const { status, revision, failed, publishNow, retry } = useRoomPublishing(room, token, nothingMoving);
  const pending = status?.reports.filter(needsAttention) ?? [];
  const published = (status?.reports ?? []).flatMap((report) => {
    const url = archiveUrl(report);
    return url ? [{ key: report.reportId, title: report.title, url }] : [];
  });
  return (
    <RoomReportsSection>
      {failed && (
        <p className="notice" role="alert">
          {t('publishing.network')}
        </p>
      )}
      {pending.map((report) => (
        <article key={report.reportId} className="report-review report-review--listed" aria-label={report.title}>
          <h3>{report.title}</h3>
          <ReportReview
            room={room}
            token={token}
            report={report}
            revision={revision}
            onPublishNow={() => publishNow(report.reportId)}
            onRetry={(target) => void retry(report.reportId, target)}
          />
        </article>
      ))}
      {status && <PublishedList reports={published} />}
    </RoomReportsSection>
  );
}

/** The room page's reports: for everyone the published ones, for facilitators also those not published yet. */
export function RoomReports({ room, facilitatorToken }: { room: string; facilitatorToken: string | undefined }) {
  return facilitatorToken ? <FacilitatorReports room={room} token={facilitatorToken} /> : <PublicReports room={room} />;
}
