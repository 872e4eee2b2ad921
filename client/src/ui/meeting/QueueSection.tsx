import { useTranslation } from 'react-i18next';
import type { QueueEntry } from '@palabre/shared';
import { useMeetingState, useSession } from '../../app/session-context';
import { handOf, isFacilitator } from '../../facilitation/meeting-selectors';
import { QueueSettings } from './QueueSettings';
import { RowActions } from './RowActions';

/**
 * Who has the floor and who waits for it, in the server's order (direct replies first, then,
 * in fair mode, those who have not spoken). Raising a hand is in the call controls; replying
 * directly and the facilitator's tools are here.
 */
export function QueueSection() {
  const { t } = useTranslation();
  const session = useSession();
  const state = useMeetingState();
  const { meeting, selfId } = state;
  if (!meeting) return null;
  const facilitator = isFacilitator(state);
  const { queue, speaker } = meeting;
  const mine = handOf(meeting, selfId);
  const first = queue[0];

  return (
    <div className="queue-section">
      {speaker && (
        <div className="queue-floor">
          <p className="queue-floor__who">
            {speaker.peerId === selfId ? t('queue.youHaveFloor') : t('queue.hasFloor', { name: speaker.name })}
          </p>
          {(facilitator || speaker.peerId === selfId) && (
            <button type="button" className="button small" onClick={() => void session.meeting.endTurn()}>
              {t('queue.endTurn')}
            </button>
          )}
        </div>
      )}
      <div className="queue-actions">
        <button
          type="button"
          className="button small"
          aria-pressed={mine?.reply ?? false}
          onClick={() => void session.meeting.raiseHand(!mine?.reply)}
        >
          {t('queue.replyDirectly')}
        </button>
        {facilitator && (
          <button type="button" className="button small primary" disabled={!first} onClick={() => void session.meeting.giveFloor()}>
            {t('queue.giveFloor')}
          </button>
        )}
        {facilitator && queue.length > 0 && (
          <button type="button" className="button small ghost" onClick={() => void session.meeting.lowerHands()}>
            {t('queue.lowerAll')}
          </button>
        )}
      </div>
      {mine && <p className="queue-section__mine">{t('queue.yourPosition', { position: mine.position })}</p>}
      {/* role="list": Safari drops the list semantics of a styled list. The numbers are the order. */}
      <ol className="queue" role="list" aria-label={t('queue.list')}>
        {queue.map((entry) => (
          <QueueRow key={entry.peerId} entry={entry} isSelf={entry.peerId === selfId} facilitator={facilitator} />
        ))}
      </ol>
      {queue.length === 0 && <p className="meeting-empty">{t('queue.empty')}</p>}
      {facilitator && <QueueSettings fairMode={meeting.fairMode} limitSeconds={meeting.speakerLimitSeconds} />}
    </div>
  );
}

/** Starts with the person's name, so the list reads "Bob, reply; Carol". */
function QueueRow({ entry, isSelf, facilitator }: { entry: QueueEntry; isSelf: boolean; facilitator: boolean }) {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <li className="queue-entry">
      <RowActions
        label={t('queue.actionsFor', { name: entry.name })}
        line={
          <>
            <span className="queue-entry__name">{isSelf ? t('tile.you', { name: entry.name }) : entry.name}</span>
            {entry.reply && <span className="queue-entry__reply">{t('queue.reply')}</span>}
          </>
        }
      >
        {facilitator && (
          <>
            <button type="button" className="button small" onClick={() => void session.meeting.giveFloor(entry.peerId)}>
              {t('queue.giveFloorTo', { name: entry.name })}
            </button>
            <button type="button" className="button small" onClick={() => void session.meeting.lowerHands(entry.peerId)}>
              {t('queue.lowerHandOf', { name: entry.name })}
            </button>
          </>
        )}
      </RowActions>
    </li>
  );
}
