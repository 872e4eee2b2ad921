import { useCallback, useEffect, useState } from 'react';
import type { PublishTarget, ReportPreview, ReportStatus } from '@palabre/shared';
import { fetchPreview, fetchPublishing, publishNow, retryDelivery } from '../../publishing/publishing-api';
import { reportOfMeeting, settled } from '../../publishing/report-review';

/** Deliveries move on their own (review delay, retries): their status is read again this often. */
const POLL_MS = 3_000;

export interface ReportReview {
  report: ReportStatus | null;
  preview: ReportPreview | null;
  /** The last request failed (the poll goes on). */
  failed: boolean;
  publishNow(): Promise<void>;
  retry(target: PublishTarget): Promise<void>;
}

/**
 * The report frozen when `meetingId` ended, its preview, and its deliveries, polled until
 * every one is settled. Facilitators only: every request carries the room's secret.
 */
export function useReportReview(room: string, token: string, meetingId: string): ReportReview {
  const [report, setReport] = useState<ReportStatus | null>(null);
  const [preview, setPreview] = useState<ReportPreview | null>(null);
  const [failed, setFailed] = useState(false);
  const reportId = report?.reportId ?? null;
  const done = report !== null && settled(report);

  const take = useCallback(
    (reports: ReportStatus[]) => {
      setReport(reportOfMeeting(reports, meetingId));
      setFailed(false);
    },
    [meetingId],
  );

  useEffect(() => {
    if (done) return;
    const controller = new AbortController();
    const poll = () =>
      fetchPublishing(room, token, controller.signal).then(
        (status) => take(status.reports),
        () => {
          if (!controller.signal.aborted) setFailed(true);
        },
      );
    void poll();
    const timer = window.setInterval(() => void poll(), POLL_MS);
    return () => {
      controller.abort();
      window.clearInterval(timer);
    };
  }, [room, token, take, done]);

  useEffect(() => {
    if (!reportId) return;
    const controller = new AbortController();
    fetchPreview(room, token, reportId, controller.signal).then(setPreview, () => {
      if (!controller.signal.aborted) setFailed(true);
    });
    return () => controller.abort();
  }, [room, token, reportId]);

  const act = async (request: (id: string) => Promise<{ reports: ReportStatus[] }>) => {
    if (!reportId) return;
    try {
      take((await request(reportId)).reports);
    } catch {
      setFailed(true);
    }
  };

  return {
    report,
    preview,
    failed,
    publishNow: () => act((id) => publishNow(room, token, id)),
    retry: (target) => act((id) => retryDelivery(room, token, id, target)),
  };
}
