import { useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useCallState } from '../../app/session-context';
import { selectParticipants } from '../../call/tiles';
import { MicOffIcon } from '../common/icons';
import { avatarHue, initials } from './avatar';

/**
 * Everyone in the call, those off the current page too: name, microphone, connection, and who
 * is speaking. Kept in the page while closed (hidden) so the toggle's aria-controls points at it.
 */
export function ParticipantPanel({ id, open }: { id: string; open: boolean }) {
  const { t, i18n } = useTranslation();
  const state = useCallState();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const participants = useMemo(() => {
    const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
    return selectParticipants(state, collator.compare);
  }, [state, language]);

  return (
    <aside id={id} className="participant-panel" hidden={!open} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="participant-panel__title">
        {t('panel.title', { count: participants.length })}
      </h2>
      {/* role="list": Safari drops the list semantics of a list styled without bullets. */}
      <ul className="participant-list" role="list" aria-label={t('panel.list')}>
        {participants.map((person) => (
          <li
            key={person.peerId}
            className={person.speaking ? 'participant participant--speaking' : 'participant'}
            aria-current={person.speaking ? 'true' : undefined}
          >
            <span className="participant__avatar" style={{ '--hue': avatarHue(person.name) } as CSSProperties} aria-hidden="true">
              {initials(person.name)}
            </span>
            <span className="participant__text">
              <span className="participant__name">{person.isSelf ? t('tile.you', { name: person.name }) : person.name}</span>
              {person.reconnecting && <span className="participant__status">{t('tile.reconnecting')}</span>}
              {person.speaking && <span className="participant__speaking">{t('tile.speaking')}</span>}
            </span>
            {/* Marks at the end of the row; a raised hand will take its place here, before the microphone. */}
            <span className="participant__marks">
              {person.micMuted && (
                <span className="participant__muted" role="img" aria-label={t('tile.micMuted')}>
                  <MicOffIcon />
                </span>
              )}
            </span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
