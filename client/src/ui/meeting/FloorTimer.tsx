import { useTranslation } from 'react-i18next';
import type { Speaker } from '@palabre/shared';
import { useMeetingState } from '../../app/session-context';
import { floorTimer, formatClock, msUntilNextSecond } from '../../facilitation/meeting-timers';
import { useServerNow } from './use-server-now';

/**
 * On the floor holder's tile: how long they have had the floor, against the per-speaker limit
 * if there is one. Past it, a calm colour and the overtime, nothing that flashes.
 */
export function FloorTimer({ speaker }: { speaker: Speaker }) {
  const { t } = useTranslation();
  const { clock, meeting } = useMeetingState();
  const now = useServerNow(clock, (now) => msUntilNextSecond(now - speaker.since));
  const timer = floorTimer(speaker, meeting?.speakerLimitSeconds ?? null, now);
  const time = formatClock(timer.elapsedMs);
  const text =
    timer.overMs > 0
      ? t('floor.timerOver', { time, over: formatClock(timer.overMs) })
      : timer.limitMs !== null
        ? t('floor.timerLimit', { time, limit: formatClock(timer.limitMs) })
        : t('floor.timer', { time });
  return (
    <p role="timer" className={timer.overMs > 0 ? 'floor-timer floor-timer--over' : 'floor-timer'}>
      {text}
    </p>
  );
}
