import { useTranslation } from 'react-i18next';
import type { MeetingState } from '@palabre/shared';
import { useMeetingState, useSession } from '../../app/session-context';
import { canMoveOn, currentItem, isFacilitator } from '../../facilitation/meeting-selectors';
import { formatClock, itemSpentMs, itemTimer, meetingElapsedMs, msUntilNextSecond, plannedTotalMs } from '../../facilitation/meeting-timers';
import type { ClockOffset } from '../../facilitation/server-clock';
import { useServerNow } from './use-server-now';

/**
 * Above the videos, on every screen: the item being discussed with its countdown, and the
 * meeting's time against its plan. Facilitators move on from here.
 */
export function CurrentItemBar() {
  const { t } = useTranslation();
  const session = useSession();
  const state = useMeetingState();
  const { meeting } = state;
  if (!meeting) return null;
  const item = currentItem(meeting);

  return (
    <section className="current-item" role="region" aria-label={t('meeting.currentItem')}>
      <div className="current-item__what">
        <span className="current-item__label" aria-hidden="true">
          {t('meeting.currentItem')}
        </span>
        {item ? (
          <span className="current-item__title">{item.title}</span>
        ) : (
          <span className="current-item__none">{meeting.agenda.length > 0 ? t('meeting.noCurrentItem') : t('meeting.noAgenda')}</span>
        )}
      </div>
      <MeetingClocks meeting={meeting} clock={state.clock} />
      {isFacilitator(state) && (
        <button
          type="button"
          className="button small current-item__next"
          disabled={!canMoveOn(meeting)}
          onClick={() => void session.meeting.nextItem()}
        >
          {t('meeting.nextItem')}
        </button>
      )}
    </section>
  );
}

/** The ticking part, alone so that only it renders every second. */
function MeetingClocks({ meeting, clock }: { meeting: MeetingState; clock: ClockOffset | null }) {
  const { t } = useTranslation();
  const item = currentItem(meeting);
  const now = useServerNow(clock, (now) => {
    const waits: number[] = [];
    if (item) waits.push(msUntilNextSecond(itemSpentMs(item, meeting.currentItemSince, now)));
    if (meeting.startedAt !== null) waits.push(msUntilNextSecond(now - meeting.startedAt));
    return waits.length > 0 ? Math.min(...waits) : null;
  });
  const elapsed = meetingElapsedMs(meeting, now);
  const planned = plannedTotalMs(meeting.agenda);
  const timer = item ? itemTimer(item, meeting.currentItemSince, now) : null;

  return (
    <>
      {timer && (
        <span role="timer" className={`current-item__timer current-item__timer--${timer.kind}`}>
          {timer.kind === 'countdown' && t('meeting.timeLeft', { time: formatClock(timer.remainingMs) })}
          {timer.kind === 'overtime' && t('meeting.overtime', { time: formatClock(timer.overMs) })}
          {timer.kind === 'elapsed' && t('meeting.elapsed', { time: formatClock(timer.elapsedMs) })}
        </span>
      )}
      {elapsed !== null && (
        <span className={planned > 0 && elapsed > planned ? 'current-item__total current-item__total--over' : 'current-item__total'}>
          {planned > 0
            ? t('meeting.total', { elapsed: formatClock(elapsed), planned: formatClock(planned) })
            : t('meeting.totalUnplanned', { elapsed: formatClock(elapsed) })}
        </span>
      )}
    </>
  );
}
