import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LinkIcon } from '../common/icons';

/** Copies the room's address, the one thing people need to invite others. */
export function CopyLinkButton() {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2_000);
    return () => clearTimeout(timer);
  }, [copied]);

  // The Clipboard API exists in secure contexts only (https, localhost).
  if (!navigator.clipboard) return null;
  return (
    <button
      type="button"
      className="button ghost small"
      onClick={() => {
        navigator.clipboard.writeText(window.location.href).then(
          () => setCopied(true),
          () => undefined,
        );
      }}
    >
      <LinkIcon />
      <span aria-live="polite">{copied ? t('call.linkCopied') : t('call.copyLink')}</span>
    </button>
  );
}
