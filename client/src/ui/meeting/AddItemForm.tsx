import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session-context';
import { parseMinutes } from '../../facilitation/agenda-input';
import { AgendaItemFields } from './AgendaItemFields';

/** Anyone proposes an item, with a time box in minutes if they like. Enter adds it. */
export function AddItemForm() {
  const { t } = useTranslation();
  const session = useSession();
  const [title, setTitle] = useState('');
  const [minutes, setMinutes] = useState('');

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
      <AgendaItemFields title={title} minutes={minutes} onTitle={setTitle} onMinutes={setMinutes} />
      <button type="submit" className="button small primary add-item__submit" disabled={title.trim() === ''}>
        {t('agenda.add')}
      </button>
    </form>
  );
}
