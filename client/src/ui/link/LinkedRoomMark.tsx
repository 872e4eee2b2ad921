import { useTranslation } from 'react-i18next';

/** Says that a tile or a row is another room (a workshop link), not one person. */
export function LinkedRoomMark({ className }: { className: string }) {
  const { t } = useTranslation();
  return (
    <span className={`linked-room-mark ${className}`} title={t('link.markHint')}>
      {t('link.mark')}
    </span>
  );
}
