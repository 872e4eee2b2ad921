import { useTranslation } from 'react-i18next';
import type { Role } from '@palabre/shared';
import { useSession } from '../../app/session-context';
import { useStoreState } from '../../state/use-store';
import { MicIcon } from '../common/icons';
import { RowActions } from './RowActions';

interface PersonActionsProps {
  peerId: string;
  name: string;
  role: Role;
  micOn: boolean;
}

/**
 * Facilitator, in the participant list: mute someone (only while their microphone is on: there
 * is no unmuting someone else), share or hand over the role, and while the room is live, show
 * them large in the stream whoever speaks.
 */
export function PersonActions({ peerId, name, role, micOn }: PersonActionsProps) {
  const { t } = useTranslation();
  const session = useSession();
  const { state: live } = useStoreState(session.live.store);
  const pinned = live.pinnedPeerId === peerId;
  return (
    <>
      {micOn && (
        <button type="button" className="person-mute" aria-label={t('people.mute', { name })} title={t('people.mute', { name })} onClick={() => void session.meeting.mute(peerId)}>
          {/* Their microphone as it is (on); the name says what a press does. */}
          <MicIcon />
        </button>
      )}
      <RowActions label={t('people.actionsFor', { name })}>
        {role !== 'facilitator' && (
          <button type="button" className="button small" onClick={() => void session.meeting.grantRole(peerId, true)}>
            {t('people.makeFacilitator')}
          </button>
        )}
        <button type="button" className="button small" onClick={() => void session.meeting.grantRole(peerId, false)}>
          {t('people.handOver')}
        </button>
        {live.status !== 'off' && (
          <button type="button" className="button small" onClick={() => void session.live.pin(pinned ? null : peerId)}>
            {pinned ? t('live.unpin') : t('live.pin', { name })}
          </button>
        )}
      </RowActions>
    </>
  );
}
