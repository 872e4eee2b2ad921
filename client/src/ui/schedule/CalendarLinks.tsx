import { useTranslation } from 'react-i18next';
import { calendarFeedPath, subscribeUrl } from '../../schedule/calendar-links';

/** Subscribe (the calendar app then follows every change) or download the .ics once. */
export function CalendarLinks({ room }: { room: string }) {
  const { t } = useTranslation();
  return (
    <p className="calendar-links">
      <a className="button small" href={subscribeUrl(window.location.host, room)}>
        {t('schedule.subscribe')}
      </a>
      <a className="button small ghost" href={calendarFeedPath(room)} download={`${room}.ics`}>
        {t('schedule.download')}
      </a>
    </p>
  );
}
