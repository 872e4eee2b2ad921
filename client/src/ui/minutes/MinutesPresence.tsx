import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import { colourClass } from '../../minutes/person-colour';
import { usePeople } from './use-people';

/** Who else has the minutes open, and who is typing: the names the cursors carry, as text. */
export function MinutesPresence({ awareness }: { awareness: Awareness }) {
  const { t } = useTranslation();
  const people = usePeople(awareness);
  if (people.length === 0) return null;
  return (
    <ul className="minutes-presence" aria-label={t('minutes.presence')}>
      {people.map((person) => (
        <li key={person.clientId} className={`minutes-presence__person ${colourClass(person.color)}`}>
          {person.name}
          {person.typing && <span className="minutes-presence__typing"> {t('minutes.typing')}</span>}
        </li>
      ))}
    </ul>
  );
}
