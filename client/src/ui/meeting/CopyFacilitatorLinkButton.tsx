import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMeetingState } from '../../app/session-context';
import { isFacilitator } from '../../facilitation/meeting-selectors';
import { facilitatorLink } from '../../facilitation/seat-memory';
import { KeyIcon } from '../common/icons';

/**
 * Facilitators only: the link that makes whoever opens it a facilitator too. The secret is
 * never shown in the address bar; it is copied from here.
 */
export function CopyFacilitatorLinkButton({ room }: { room: string }) {
  const { t } = useTranslation();
  const state = useMeetingState();
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2_000);
    return () => clearTimeout(timer);
  }, [copied]);

  // The Clipboard API exists in secure contexts only (https, localhost).
  if (!navigator.clipboard || !isFacilitator(state) || !state.facilitatorToken) return null;
  const link = facilitatorLink(window.location.origin, room, state.facilitatorToken);
  return (
    <button
      type="button"
      className="button ghost small facilitator-link"
      onClick={() => {
        navigator.clipboard.writeText(link).then(
          () => setCopied(true),
          () => undefined,
        );
      }}
    >
      <KeyIcon />
      <span className="facilitator-link__text" aria-live="polite">
        {copied ? t('meeting.facilitatorLinkCopied') : t('meeting.copyFacilitatorLink')}
      </span>
    </button>
  );
}
