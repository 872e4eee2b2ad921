import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingReportState } from '@palabre/shared';
import { fetchMeetingReport } from '../../publishing/publishing-api';

/** Until the report is published, where it stands is read again this often. */
const POLL_MS = 3_000;

/** Where one meeting's report stands (public, no secret), polled until it is published. */
function useMeetingReport(room: string, meetingId: string): MeetingReportState | null {
  const [state, setState] = useState<MeetingReportState | null>(null);
  const published = state?.state === 'published';
  useEffect(() => {
    if (published) return;
    const controller = new AbortController();
    // A failed read (the server restarting, a report not frozen yet) is tried again at the next tick.
    const poll = () => fetchMeetingReport(room, meetingId, controller.signal).then(setState, () => undefined);
    void poll();
    const timer = window.setInterval(() => void poll(), POLL_MS);
    return () => {
      controller.abort();
      window.clearInterval(timer);
    };
  }, [room, meetingId, published]);
  return state;
}

/**
 * For everyone who was in the meeting: "being reviewed, published at 21:40", then the link to
 * this meeting's own report once it is in the archive.
 */
export function MeetingReportLink({ room, meetingId }: { room: string; meetingId: string }) {
  const { t, i18n } = useTranslation();
  const state = useMeetingReport(room, meetingId);
  const time = (at: number) => new Intl.DateTimeFormat(i18n.resolvedLanguage ?? i18n.language, { timeStyle: 'short' }).format(at);
  return (
    <p className="meeting-report" role="status">
      {state?.state === 'review' && t('publishing.meeting.review', { time: time(state.publishAt) })}
      {state?.state === 'publishing' && t('publishing.meeting.publishing')}
      {state?.state === 'failed' && t('publishing.meeting.failed')}
      {state?.state === 'published' && state.url && <a href={state.url}>{t('publishing.meeting.link')}</a>}
    </p>
  );
}
