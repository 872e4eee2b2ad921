import { useTranslation } from 'react-i18next';

/** A discreet word on a newcomer's tile and row, so the facilitator thinks of welcoming them. */
export function FirstTimeMark({ className }: { className: string }) {
  const { t } = useTranslation();
  return (
    <span className={`first-time-mark ${className}`} title={t('people.firstTimeHint')}>
      {t('people.firstTime')}
    </span>
  );
}
