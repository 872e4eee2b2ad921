import { useTranslation } from 'react-i18next';
import { useMeetingState, useSession } from '../../app/session-context';
import { isFacilitator } from '../../facilitation/meeting-selectors';
import { useStoreState } from '../../state/use-store';

/**
 * Facilitators only: another room asks to link with ours. Nothing is shown to the other room
 * until one of us accepts: what each side will see and hear is said before the choice.
 */
export function LinkInvitations() {
  const { t } = useTranslation();
  const session = useSession();
  const meeting = useMeetingState();
  const { invitations, busy } = useStoreState(session.links.store);
  if (!isFacilitator(meeting) || invitations.length === 0) return null;
  return (
    <div className="link-invitations">
      {invitations.map((invitation) => (
        <section key={invitation.inviteId} className="call-notice link-invitation" aria-label={t('link.invitationTitle', { room: invitation.fromRoom })}>
          <p>
            {t('link.invitation', { room: invitation.fromRoom })}
            {invitation.fromLive && <strong> {t('link.invitationLive', { room: invitation.fromRoom })}</strong>}
          </p>
          <div className="link-invitation__actions">
            <button type="button" className="button primary small" disabled={busy} onClick={() => void session.links.answer(invitation, true)}>
              {t('link.accept')}
            </button>
            <button type="button" className="button ghost small" disabled={busy} onClick={() => void session.links.answer(invitation, false)}>
              {t('link.refuse')}
            </button>
          </div>
        </section>
      ))}
    </div>
  );
}
