import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MinutesHistoryDetail, MinutesHistoryEntry } from '@palabre/shared';
import { minutesPath, roomPath } from '../../app/routing';
import { fetchMeetingMinutes, fetchMinutesHistory } from '../../minutes/minutes-history';
import { PageHeader } from '../common/PageHeader';
import { MinutesReader } from './MinutesReader';
import { PageLink } from './PageLink';

type Loaded<T> = { status: 'loading' } | { status: 'failed' } | { status: 'loaded'; value: T };

/** Loads once per key; a newer key (or leaving the page) aborts the older request. */
function useLoaded<T>(load: (signal: AbortSignal) => Promise<T>, key: string): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    load(controller.signal).then(
      (value) => setState({ status: 'loaded', value }),
      () => {
        if (!controller.signal.aborted) setState({ status: 'failed' });
      },
    );
    return () => controller.abort();
    // `load` is a new closure each render; `key` says when it asks for something else.
  }, [key]);
  return state;
}

/** When a meeting took place, in the reader's language. */
export function useMeetingName(): (entry: MinutesHistoryEntry) => string {
  const { t, i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' });
  return (entry) => {
    const at = entry.startedAt ?? entry.endedAt;
    return at === null ? t('minutes.history.undated') : t('minutes.history.meeting', { date: format.format(at) });
  };
}

/** `/r/<room>/minutes[/<meetingId>]`: the minutes of a room's meetings, read-only. */
export function MinutesHistoryPage({ room, meetingId }: { room: string; meetingId: string | null }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${t('minutes.history.title', { room })} · ${t('app.name')}`;
  }, [room, t]);
  return (
    <div className="page">
      <PageHeader />
      <main className="page-main narrow minutes-history">
        {meetingId === null ? <MeetingList room={room} /> : <MeetingMinutes room={room} meetingId={meetingId} />}
        <p>
          <PageLink to={roomPath(room)}>{t('minutes.history.back')}</PageLink>
        </p>
      </main>
    </div>
  );
}

function MeetingList({ room }: { room: string }) {
  const { t } = useTranslation();
  const meetingName = useMeetingName();
  const history = useLoaded((signal) => fetchMinutesHistory(room, fetch, signal), room);
  return (
    <>
      <h1>{t('minutes.history.title', { room })}</h1>
      {history.status === 'failed' && <p role="alert">{t('minutes.history.loadFailed')}</p>}
      {history.status === 'loaded' &&
        (history.value.length === 0 ? (
          <p className="hint">{t('minutes.history.empty')}</p>
        ) : (
          <ul className="minutes-history__list" aria-label={t('minutes.history.list')}>
            {history.value.map((entry) => (
              <li key={entry.meetingId}>
                <PageLink to={minutesPath(room, entry.meetingId)}>{meetingName(entry)}</PageLink>
                {entry.status === 'open' && ` (${t('minutes.history.open')})`}
              </li>
            ))}
          </ul>
        ))}
    </>
  );
}

function MeetingMinutes({ room, meetingId }: { room: string; meetingId: string }) {
  const { t } = useTranslation();
  const meetingName = useMeetingName();
  const detail = useLoaded<MinutesHistoryDetail>((signal) => fetchMeetingMinutes(room, meetingId, fetch, signal), `${room}/${meetingId}`);
  return (
    <>
      <p>
        <PageLink to={minutesPath(room)}>{t('minutes.history.allMeetings')}</PageLink>
      </p>
      {detail.status === 'failed' && <p role="alert">{t('minutes.history.loadFailed')}</p>}
      {detail.status === 'loaded' && (
        <>
          <h1>{meetingName(detail.value)}</h1>
          <MinutesReader detail={detail.value} />
        </>
      )}
    </>
  );
}
