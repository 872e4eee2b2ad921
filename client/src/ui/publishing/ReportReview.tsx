import { lazy, Suspense, useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublishTarget, ReportStatus } from '@palabre/shared';
import { archiveUrl, correctable, inReview } from '../../publishing/report-review';
import { ReportArchiveLink } from './ArchiveLink';
import { DeliveryList } from './DeliveryList';
import { PublishCountdown } from './PublishCountdown';
import { ReportPreviewView } from './ReportPreviewView';
import { useReportPreview } from './use-report-preview';

// Yjs, TipTap and ProseMirror load when a facilitator opens the correction, as in the call.
const ReviewMinutesEditor = lazy(() => import('./ReviewMinutesEditor'));

interface ReportReviewProps {
  room: string;
  token: string;
  report: ReportStatus;
  /** Changes with each status answer: the preview reloads while the text may still change. */
  revision: number;
  onPublishNow(): Promise<void>;
  onRetry(target: PublishTarget): void;
}

/**
 * Facilitators, for one report: the time left to review it, "Publish now", each target's
 * delivery as it goes, the minutes to correct while nothing is published, and a preview of
 * what will be published.
 */
export function ReportReview({ room, token, report, revision, onPublishNow, onRetry }: ReportReviewProps) {
  const { t } = useTranslation();
  const editorId = useId();
  const [publishing, setPublishing] = useState(false);
  const [correcting, setCorrecting] = useState(false);
  const [opened, setOpened] = useState(false);
  const [notSaved, setNotSaved] = useState(false);
  const saver = useRef<(() => Promise<void>) | null>(null);
  const onSaver = useCallback((next: (() => Promise<void>) | null) => {
    saver.current = next;
  }, []);
  const mayCorrect = correctable(report);
  const { preview } = useReportPreview(room, token, report.reportId, mayCorrect ? revision : -1);
  const published = archiveUrl(report);

  const publishNow = async () => {
    setPublishing(true);
    setNotSaved(false);
    try {
      // The last correction first: publication takes the text as the server has it.
      await saver.current?.();
    } catch {
      setNotSaved(true);
      setPublishing(false);
      return;
    }
    await onPublishNow().finally(() => setPublishing(false));
  };

  return (
    <>
      {inReview(report) && (
        <div className="report-review__countdown">
          <PublishCountdown publishAt={report.publishAt} />
          <button type="button" className="button primary" disabled={publishing} onClick={() => void publishNow()}>
            {t('publishing.review.publishNow')}
          </button>
        </div>
      )}
      {notSaved && (
        <p className="notice" role="alert">
          {t('publishing.review.notSaved')}
        </p>
      )}
      <div role="status">{published && <ReportArchiveLink url={published} />}</div>
      <DeliveryList deliveries={report.deliveries} onRetry={onRetry} />
      {mayCorrect && (
        <div className="report-review__correct">
          <button
            type="button"
            className="button small"
            aria-expanded={correcting}
            aria-controls={editorId}
            onClick={() => {
              setCorrecting(!correcting);
              setOpened(true);
            }}
          >
            {t('publishing.review.correct')}
          </button>
          {/* Kept mounted once opened: hiding it must not drop a correction on its way. */}
          <div id={editorId} hidden={!correcting}>
            {opened && (
              <Suspense fallback={<p className="hint">{t('minutes.status.loading')}</p>}>
                <ReviewMinutesEditor room={room} token={token} reportId={report.reportId} onSaver={onSaver} />
              </Suspense>
            )}
          </div>
        </div>
      )}
      {preview && <ReportPreviewView report={preview.report} />}
    </>
  );
}
