import { useTranslation } from 'react-i18next';
import type { Occurrence, SeriesSchedule } from '../../schedule/schedule-types';
import { OccurrenceActions } from './OccurrenceActions';
import { useOccurrenceText } from './use-occurrence-text';

interface UpcomingMeetingsProps {
  schedule: SeriesSchedule;
  upcoming: Occurrence[];
  /** Set for facilitators: each meeting can be cancelled or moved. */
  onSave?: (schedule: SeriesSchedule) => Promise<boolean>;
}

/** The next meetings of the series, the first one first; cancelled and moved ones say so. */
export function UpcomingMeetings({ schedule, upcoming, onSave }: UpcomingMeetingsProps) {
  const { t } = useTranslation();
  const describe = useOccurrenceText(schedule.timeZone);
  if (upcoming.length === 0) return <p className="hint">{t('schedule.noneUpcoming')}</p>;
  return (
    <ul className="upcoming" aria-label={t('schedule.upcoming')}>
      {upcoming.map((occurrence, index) => {
        const text = describe(occurrence);
        const classes = ['upcoming__item'];
        if (index === 0) classes.push('upcoming__item--next');
        if (occurrence.cancelled) classes.push('upcoming__item--cancelled');
        return (
          <li key={`${occurrence.date}-${occurrence.start}`} className={classes.join(' ')}>
            <span className="upcoming__when">
              <time dateTime={new Date(occurrence.start).toISOString()}>{text.when}</time>
              {text.seriesTime && <span className="upcoming__zone"> ({t('schedule.inZone', { time: text.seriesTime, zone: text.seriesZone })})</span>}
            </span>
            {occurrence.cancelled && <span className="upcoming__mark upcoming__mark--cancelled">{t('schedule.cancelled')}</span>}
            {occurrence.moved && !occurrence.cancelled && <span className="upcoming__mark">{t('schedule.moved')}</span>}
            {onSave && <OccurrenceActions schedule={schedule} occurrence={occurrence} when={text.when} onSave={onSave} />}
          </li>
        );
      })}
    </ul>
  );
}
