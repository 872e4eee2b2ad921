import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session-context';
import { parseMinutes } from '../../facilitation/agenda-input';

/** Anyone proposes an item, with a time box in minutes if they like. Enter adds it. */
export function AddItemForm() {
  const { t } = useTranslation();
  const session = useSession();
  const [title, setTitle] = useState('');
  const [minutes, setMinutes] = useState('');
  const titleId = useId();
  const minutesId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const proposed = title.trim();
    if (!proposed) return;
    const duration = parseMinutes(minutes);
    // Cleared at once, so the next item can be typed while this one travels; put back if refused.
    setTitle('');
    setMinutes('');
    const added = await session.meeting.addItem(proposed, duration ?? undefined);
    if (!added) setTitle((current) => current || proposed);
  };

  return (
    <form className="add-item" onSubmit={(event) => void submit(event)}>
      <div className="add-item__field add-item__field--title">
        <label htmlFor={titleId}>{t('agenda.itemTitle')}</label>
        <input id={titleId} type="text" value={title} maxLength={200} onChange={(event) => setTitle(event.target.value)} />
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
          onChange={(event) => setMinutes(event.target.value)}
        />
      </div>
      <button type="submit" className="button small primary add-item__submit" disabled={title.trim() === ''}>
        {t('agenda.add')}
      </button>
    </form>
  );
}
