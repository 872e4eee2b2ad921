import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useMeetingState } from '../../app/session-context';
import type { TileModel } from '../../call/tiles';
import { handOf } from '../../facilitation/meeting-selectors';
import { MicOffIcon } from '../common/icons';
import { VideoView } from '../common/VideoView';
import { FloatingReactions } from '../meeting/FloatingReactions';
import { FloorTimer } from '../meeting/FloorTimer';
import { HandMark } from '../meeting/HandMark';
import { avatarHue, initials } from './avatar';
import { FirstTimeMark } from './FirstTimeMark';
import { LinkedRoomMark } from '../link/LinkedRoomMark';
import { useReportedSize } from './use-reported-size';

/**
 * One person (or one shared screen): video when there is some, initials when there is not.
 * A person's tile also shows their raised hand, the floor's timer and their reactions.
 */
export function ParticipantTile({ tile }: { tile: TileModel }) {
  const { t } = useTranslation();
  const { meeting } = useMeetingState();
  const person = tile.source === 'camera';
  const hand = person ? handOf(meeting, tile.peerId) : null;
  const floor = person && meeting?.speaker?.peerId === tile.peerId ? meeting.speaker : null;
  // Another person's tile tells the server how big it is; ours costs no bandwidth.
  const ref = useReportedSize<HTMLDivElement>(tile.key, !tile.isSelf);
  const label =
    tile.source === 'screen'
      ? t('tile.screen', { name: tile.name })
      : tile.isSelf
        ? t('tile.you', { name: tile.name })
        : tile.name;
  const classes = ['tile', `tile--${tile.source}`];
  if (tile.reconnecting) classes.push('tile--reconnecting');
  if (tile.speaking) classes.push('tile--speaking');

  return (
    <div
      ref={ref}
      className={classes.join(' ')}
      role="group"
      aria-label={label}
      // "Current" as in "the one speaking now": screen readers announce it with the tile.
      aria-current={tile.speaking ? 'true' : undefined}
    >
      {tile.videoTrackId ? (
        <VideoView
          trackId={tile.videoTrackId}
          className={tile.isSelf && tile.source === 'camera' ? 'tile__video mirrored' : 'tile__video'}
        />
      ) : (
        <div className="tile__avatar" style={{ '--hue': avatarHue(tile.name) } as CSSProperties} aria-hidden="true">
          <span>{initials(tile.name)}</span>
        </div>
      )}
      <div className="tile__caption">
        {tile.micMuted && (
          <span className="tile__muted" role="img" aria-label={t('tile.micMuted')}>
            <MicOffIcon />
          </span>
        )}
        <span className="tile__name" aria-hidden="true">
          {label}
        </span>
        {tile.firstTime && <FirstTimeMark className="tile__first-time" />}
        {tile.linkedRoom && <LinkedRoomMark className="tile__linked-room" />}
      </div>
      <div className="tile__marks">
        {tile.reconnecting && <p className="tile__hint">{t('tile.reconnecting')}</p>}
        {tile.speaking && <p className="tile__speaking">{t('tile.speaking')}</p>}
        {floor && <FloorTimer speaker={floor} />}
        {hand && <HandMark hand={hand} className="tile__hand" />}
      </div>
      {person && <FloatingReactions peerId={tile.peerId} />}
    </div>
  );
}
