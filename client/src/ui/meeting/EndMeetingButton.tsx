import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMeetingState, useSession } from '../../app/session-context';
import { isFacilitator } from '../../facilitation/meeting-selectors';
import { EndMeetingIcon } from '../common/icons';

/**
 * Facilitators only: ends the meeting for everyone, after a confirmation in a native modal
 * <dialog> (it traps focus, closes with Escape and gives focus back to this button).
 */
export function EndMeetingButton() {
  const { t } = useTranslation();
  const session = useSession();
  const state = useMeetingState();
  const dialog = useRef<HTMLDialogElement>(null);
  const questionId = useId();
  if (!isFacilitator(state)) return null;

  const end = () => {
    dialog.current?.close();
    // The server's `meeting:ended` closes the call, here as on every other screen.
    void session.meeting.endMeeting();
  };

  return (
    <>
      <button type="button" className="control control--end" onClick={() => dialog.current?.showModal()}>
        <EndMeetingIcon />
        <span className="control__label">{t('endMeeting.button')}</span>
      </button>
      <dialog ref={dialog} className="confirm-dialog" aria-labelledby={questionId}>
        <p id={questionId} className="confirm-dialog__question">
          {t('endMeeting.confirm')}
        </p>
        <div className="actions">
          <button type="button" className="button danger" onClick={end}>
            {t('endMeeting.endForEveryone')}
          </button>
          {/* First in the focus order would be the destructive one: Cancel gets it instead. */}
          <button type="button" className="button" autoFocus onClick={() => dialog.current?.close()}>
            {t('endMeeting.cancel')}
          </button>
        </div>
      </dialog>
    </>
  );
}
