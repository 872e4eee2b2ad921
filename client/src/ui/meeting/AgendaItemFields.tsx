import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface AgendaItemFieldsProps {
  title: string;
  minutes: string;
  onTitle(title: string): void;
  onMinutes(minutes: string): void;
}

/** The title and time-box fields of an agenda item, in the call and before it. */
export function AgendaItemFields({ title, minutes, onTitle, onMinutes }: AgendaItemFieldsProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const minutesId = useId();
  return (
    <>
      <div className="add-item__field add-item__field--title">
        <label htmlFor={titleId}>{t('agenda.itemTitle')}</label>
        <input id={titleId} type="text" value={title} maxLength={200} onChange={(event) => onTitle(event.target.value)} />
      </div>
      <div className="add-item__field add-item__field--minutes">
        <label htmlFor={minutesId}>{t('agenda.minutes')}</label>
        <input
          id={minutesId}
          type="number"
          inputMode="numeric"
          min={1}
          max={600}
          value={minutes}
          onChange={(event) => onMinutes(event.target.value)}
        />
      </div>
    </>
  );
}
