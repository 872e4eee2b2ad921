import { useTranslation } from 'react-i18next';
import { useMeetingState } from '../../app/session-context';
import { isFacilitator } from '../../facilitation/meeting-selectors';
import { facilitatorLink } from '../../facilitation/seat-memory';
import { CopyButton } from '../common/CopyButton';
import { KeyIcon } from '../common/icons';

/**
 * Facilitators only: the link that makes whoever opens it a facilitator too. The secret is
 * never shown in the address bar; it is copied from here.
 */
export function CopyFacilitatorLinkButton({ room }: { room: string }) {
  const { t } = useTranslation();
  const state = useMeetingState();
  if (!isFacilitator(state) || !state.facilitatorToken) return null;
  return (
    <CopyButton
      text={facilitatorLink(window.location.origin, room, state.facilitatorToken)}
      icon={<KeyIcon />}
      label={t('meeting.copyFacilitatorLink')}
      copiedLabel={t('meeting.facilitatorLinkCopied')}
      className="facilitator-link"
      labelClassName="facilitator-link__text"
    />
  );
}
