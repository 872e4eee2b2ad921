import { useTranslation } from 'react-i18next';
import { useMeetingState, useSession } from '../../app/session-context';
import { handOf } from '../../facilitation/meeting-selectors';
import { HandIcon } from '../common/icons';

/**
 * Raise or lower our hand, from the call controls so it is one tap away on every screen.
 * Pressed while the hand is up; the name says what a press will do.
 */
export function HandButton() {
  const { t } = useTranslation();
  const session = useSession();
  const { meeting, selfId } = useMeetingState();
  const hand = handOf(meeting, selfId);
  return (
    <button
      type="button"
      className={`control control--feature ${hand ? 'control--on' : 'control--off'}`}
      aria-pressed={hand !== null}
      disabled={!meeting}
      onClick={() => void (hand ? session.meeting.lowerHand() : session.meeting.raiseHand(false))}
    >
      <HandIcon />
      <span className="control__label">
        {hand ? t('queue.lowerHand') : t('queue.raiseHand')}
        {hand && (
          <span className="control__badge" aria-hidden="true">
            {hand.position}
          </span>
        )}
      </span>
    </button>
  );
}
