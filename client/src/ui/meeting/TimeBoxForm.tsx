import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '@palabre/shared';
import { useSession } from '../../app/session-context';
import { parseMinutes } from '../../facilitation/agenda-input';

/** Facilitator: change an item's time box; empty removes it. */
export function TimeBoxForm({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const session = useSession();
  const [minutes, setMinutes] = useState(item.durationMinutes === null ? '' : String(item.durationMinutes));
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void session.meeting.setTimeBox(item.id, parseMinutes(minutes));
  };

  return (
    <form className="time-box" onSubmit={submit}>
      <label htmlFor={id}>{t('agenda.timeBoxField')}</label>
      <input id={id} type="number" inputMode="numeric" min={1} max={600} value={minutes} onChange={(event) => setMinutes(event.target.value)} />
      <button type="submit" className="button small">
        {t('agenda.setTimeBox')}
      </button>
    </form>
  );
}
