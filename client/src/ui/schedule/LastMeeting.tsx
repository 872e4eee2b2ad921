import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { minutesPath } from '../../app/routing';
import { formatDueDate } from '../../schedule/occurrence-format';
import type { ScheduleResponse } from '../../schedule/schedule-types';
import { PageLink } from '../minutes/PageLink';

type LastMeetingData = NonNullable<ScheduleResponse['lastMeeting']>;

/** What the last meeting left open: its questions, and its actions with who and when. */
export function LastMeeting({ room, last }: { room: string; last: LastMeetingData }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const headingId = useId();
  if (last.openQuestions.length === 0 && last.actions.length === 0) return null;
  return (
    <section className="last-meeting" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('lastMeeting.title')}</h2>
      {last.openQuestions.length > 0 && (
        <>
          <h3>{t('lastMeeting.questions')}</h3>
          <ul aria-label={t('lastMeeting.questions')}>
            {last.openQuestions.map((question, index) => (
              <li key={index}>{question.text}</li>
            ))}
          </ul>
        </>
      )}
      {last.actions.length > 0 && (
        <>
          <h3>{t('lastMeeting.actions')}</h3>
          <ul aria-label={t('lastMeeting.actions')}>
            {last.actions.map((action, index) => (
              <li key={index} className={action.done ? 'last-meeting__action last-meeting__action--done' : 'last-meeting__action'}>
                {action.text}
                {action.owner && ` · ${t('lastMeeting.owner', { name: action.owner })}`}
                {action.due && ` · ${t('lastMeeting.due', { date: formatDueDate(action.due, locale) })}`}
                {action.done && ` · ${t('lastMeeting.done')}`}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <PageLink to={minutesPath(room, last.meetingId)}>{t('lastMeeting.minutes')}</PageLink>
      </p>
    </section>
  );
}
