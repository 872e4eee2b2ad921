import { useTranslation } from 'react-i18next';
import type { MinutesSyncState } from '../../minutes/minutes-provider';

/**
 * Where the minutes stand with the server, when it is worth saying: loading, or offline with
 * edits kept here. In step, nothing is shown (a polite live region, so the change is announced).
 */
export function MinutesStatus({ state }: { state: MinutesSyncState }) {
  const { t } = useTranslation();
  const message =
    state.status === 'connecting' && state.meetingId === null ? t('minutes.status.loading')
    : state.status === 'offline' ? t('minutes.status.offline', { count: state.unsent })
    : state.status === 'closed' ? t('minutes.status.closed')
    : null;
  return (
    <p className="minutes-status" role="status">
      {message}
    </p>
  );
}
