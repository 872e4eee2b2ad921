import { useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@palabre/shared';
import { useCallState, useMeetingState } from '../../app/session-context';
import { selectParticipants, type ParticipantModel } from '../../call/tiles';
import { handOf, isFacilitator, type HandRaised } from '../../facilitation/meeting-selectors';
import { MicOffIcon } from '../common/icons';
import { HandMark } from '../meeting/HandMark';
import { PersonActions } from '../meeting/PersonActions';
import { avatarHue, initials } from './avatar';
import { FirstTimeMark } from './FirstTimeMark';
import { EndLinkButton } from '../link/EndLinkButton';
import { LinkedRoomMark } from '../link/LinkedRoomMark';
import { WorkshopLinkForm } from '../link/WorkshopLinkForm';

/**
 * Everyone in the call, those off the current page too: name, role, raised hand, microphone,
 * connection, and who is speaking; facilitators act on people from here. Kept in the page while
 * closed (hidden) so the toggle's aria-controls points at it.
 */
export function ParticipantPanel({ id, open }: { id: string; open: boolean }) {
  const { t, i18n } = useTranslation();
  const state = useCallState();
  const meetingState = useMeetingState();
  const { meeting } = meetingState;
  const facilitating = isFacilitator(meetingState);
  const language = i18n.resolvedLanguage ?? i18n.language;
  const participants = useMemo(() => {
    const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
    return selectParticipants(state, collator.compare);
  }, [state, language]);
  // Our own role is in the meeting state (role:changed); others' in their PeerInfo.
  const roles = useMemo(() => new Map(state.peers.map((peer) => [peer.id, peer.role])), [state.peers]);

  return (
    <aside id={id} className="participant-panel" hidden={!open} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="participant-panel__title">
        {t('panel.title', { count: participants.length })}
      </h2>
      {/* role="list": Safari drops the list semantics of a list styled without bullets. */}
      <ul className="participant-list" role="list" aria-label={t('panel.list')}>
        {participants.map((person) => (
          <ParticipantRow
            key={person.peerId}
            person={person}
            role={person.isSelf ? meetingState.role : (roles.get(person.peerId) ?? 'participant')}
            hand={handOf(meeting, person.peerId)}
            hasFloor={meeting?.speaker?.peerId === person.peerId}
            canAct={facilitating && !person.isSelf}
          />
        ))}
      </ul>
      {facilitating && <WorkshopLinkForm />}
    </aside>
  );
}

interface ParticipantRowProps {
  person: ParticipantModel;
  role: Role;
  hand: HandRaised | null;
  hasFloor: boolean;
  /** We facilitate, and this is someone else. */
  canAct: boolean;
}

function ParticipantRow({ person, role, hand, hasFloor, canAct }: ParticipantRowProps) {
  const { t } = useTranslation();
  return (
    <li className={person.speaking ? 'participant participant--speaking' : 'participant'} aria-current={person.speaking ? 'true' : undefined}>
      <span className="participant__avatar" style={{ '--hue': avatarHue(person.name) } as CSSProperties} aria-hidden="true">
        {initials(person.name)}
      </span>
      <span className="participant__text">
        <span className="participant__line">
          <span className="participant__name">{person.isSelf ? t('tile.you', { name: person.name }) : person.name}</span>
          {role === 'facilitator' && <span className="participant__role">{t('people.facilitator')}</span>}
          {person.firstTime && <FirstTimeMark className="participant__first-time" />}
          {person.linkedRoom && <LinkedRoomMark className="participant__linked-room" />}
        </span>
        {hasFloor && <span className="participant__floor">{t('people.hasFloor')}</span>}
        {person.reconnecting && <span className="participant__status">{t('tile.reconnecting')}</span>}
        {person.speaking && <span className="participant__speaking">{t('tile.speaking')}</span>}
      </span>
      {/* Marks at the end of the row: the raised hand, then the microphone. */}
      <span className="participant__marks">
        {hand && <HandMark hand={hand} className="participant__hand" />}
        {person.micMuted && (
          <span className="participant__muted" role="img" aria-label={t('tile.micMuted')}>
            <MicOffIcon />
          </span>
        )}
      </span>
      {canAct && person.linkedRoom && <EndLinkButton room={person.linkedRoom} />}
      {canAct && !person.linkedRoom && <PersonActions peerId={person.peerId} name={person.name} role={role} micOn={!person.micMuted} />}
    </li>
  );
}
