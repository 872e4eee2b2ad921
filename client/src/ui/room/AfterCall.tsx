import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { minutesPath } from '../../app/routing';
import { useSession } from '../../app/session-context';
import type { RequestErrorCode } from '../../signalling/request';
import { HomeLink } from '../common/HomeLink';
import { PageHeader } from '../common/PageHeader';
import { PageLink } from '../minutes/PageLink';
import { ArchiveLink } from '../publishing/ArchiveLink';
import { MeetingReportLink } from '../publishing/MeetingReportLink';
import { MeetingReview } from '../publishing/MeetingReview';

function AfterCallPage({ title, children, alert = false }: { title: string; children: ReactNode; alert?: boolean }) {
  return (
    <div className="page">
      <PageHeader />
      <main className="page-main narrow after-call">
        <h1 {...(alert ? { role: 'alert' } : {})}>{title}</h1>
        {children}
      </main>
    </div>
  );
}

export function LeftScreen() {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <AfterCallPage title={t('left.title')}>
      <div className="actions">
        <button type="button" className="button primary" onClick={() => void session.rejoin()}>
          {t('left.rejoin')}
        </button>
        <HomeLink className="button">{t('left.home')}</HomeLink>
      </div>
    </AfterCallPage>
  );
}

/**
 * A facilitator ended the meeting for everyone; the room page starts the next one. The tab that
 * holds the facilitator secret reviews the report before it is published; everyone else is told
 * when it will be, then given its link.
 */
export function EndedScreen({ room, endedBy, meetingId }: { room: string; endedBy: string; meetingId: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const facilitatorToken = session.seats.facilitatorTokenFor(room);
  return (
    <AfterCallPage title={t('ended.title')}>
      <p>{t('ended.by', { name: endedBy })}</p>
      <div className="actions">
        <button type="button" className="button primary" onClick={() => session.backToRoom()}>
          {t('ended.back')}
        </button>
        <HomeLink className="button">{t('left.home')}</HomeLink>
      </div>
      <p>
        <PageLink to={minutesPath(room)}>{t('minutes.history.link')}</PageLink>
      </p>
      {!facilitatorToken && meetingId && <MeetingReportLink room={room} meetingId={meetingId} />}
      <p>
        {t('publishing.archive.soon')} <ArchiveLink room={room} />
      </p>
      {facilitatorToken && meetingId && <MeetingReview room={room} token={facilitatorToken} meetingId={meetingId} />}
    </AfterCallPage>
  );
}

export function FailedScreen({ code }: { code: RequestErrorCode }) {
  const { t } = useTranslation();
  const session = useSession();
  // An old page talking to an upgraded server: only a reload brings the new client.
  const outdated = code === 'PROTOCOL_MISMATCH';
  return (
    <AfterCallPage title={t('failed.title')} alert>
      <p>{outdated ? t('failed.protocol') : t('failed.generic')}</p>
      <p className="hint">{code}</p>
      <div className="actions">
        {outdated ? (
          <button type="button" className="button primary" onClick={() => window.location.reload()}>
            {t('failed.reload')}
          </button>
        ) : (
          <button type="button" className="button primary" onClick={() => void session.rejoin()}>
            {t('failed.retry')}
          </button>
        )}
        <HomeLink className="button">{t('left.home')}</HomeLink>
      </div>
    </AfterCallPage>
  );
}
