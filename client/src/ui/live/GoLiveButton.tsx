import { useTranslation } from 'react-i18next';
import { useMeetingState, useSession } from '../../app/session-context';
import { isFacilitator } from '../../facilitation/meeting-selectors';
import { useStoreState } from '../../state/use-store';

/** Facilitators only: start or stop the room's live stream (the server refuses anyone else too). */
export function GoLiveButton() {
  const { t } = useTranslation();
  const session = useSession();
  const meeting = useMeetingState();
  const { state, busy } = useStoreState(session.live.store);
  if (!isFacilitator(meeting)) return null;
  const on = state.status !== 'off';
  return (
    <button
      type="button"
      className={`control control--feature control--live ${on ? 'control--on' : 'control--off'}`}
      aria-busy={busy || undefined}
      disabled={busy}
      onClick={() => void (on ? session.live.stop() : session.live.start())}
    >
      <span className="control__icon-live" aria-hidden="true">●</span>
      <span className="control__label">{on ? t('live.stop') : t('live.start')}</span>
    </button>
  );
}
