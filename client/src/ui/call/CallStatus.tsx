import { useTranslation } from 'react-i18next';
import { useCallState } from '../../app/session-context';

/**
 * The one live region of the call: always in the page (so screen readers announce changes),
 * empty while all is well.
 */
export function CallStatus() {
  const { t } = useTranslation();
  const { phase, online } = useCallState();
  let message: string | null = null;
  if (phase.status === 'joining') message = t('call.joining');
  else if (!online) message = t('call.offline');
  else if (phase.status === 'reconnecting') message = t('call.reconnecting');
  return (
    <div className="call-status" role="status">
      {message && <p className="call-status__message">{message}</p>}
    </div>
  );
}
