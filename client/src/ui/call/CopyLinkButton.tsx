import { useTranslation } from 'react-i18next';
import { CopyButton } from '../common/CopyButton';
import { LinkIcon } from '../common/icons';

/** Copies the room's address, the one thing people need to invite others. */
export function CopyLinkButton() {
  const { t } = useTranslation();
  return (
    <CopyButton text={window.location.href} icon={<LinkIcon />} label={t('call.copyLink')} copiedLabel={t('call.linkCopied')} />
  );
}
