import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../http/json-request';
import { deleteSchedule, saveSchedule } from '../../schedule/schedule-api';
import type { ScheduleResponse, SeriesSchedule } from '../../schedule/schedule-types';
import { CalendarLinks } from './CalendarLinks';
import { ScheduleForm } from './ScheduleForm';
import { UpcomingMeetings } from './UpcomingMeetings';

interface RoomScheduleProps {
  room: string;
  data: ScheduleResponse | null;
  /** The facilitator's secret for this room, if this tab holds it: then the series can be set. */
  facilitatorToken: string | undefined;
  onChanged(): Promise<void>;
}

type Problem = 'forbidden' | 'refused' | 'network';

const PROBLEM_TEXT = {
  forbidden: 'schedule.forbidden',
  refused: 'schedule.refused',
  network: 'schedule.network',
} as const satisfies Record<Problem, string>;

function problemOf(error: unknown): Problem {
  if (!(error instanceof ApiError) || error.code === 'NETWORK') return 'network';
  return error.code === 'FORBIDDEN' || error.code === 'UNAUTHORIZED' || error.code === 'HTTP_403' || error.code === 'HTTP_401' ? 'forbidden' : 'refused';
}

/** The room's regular meeting: when the next ones are, a calendar to follow, and for facilitators the setting of it. */
export function RoomSchedule({ room, data, facilitatorToken, onChanged }: RoomScheduleProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  /** Deleting asks once more: the series, its exceptions and its calendar feed go with it. */
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const schedule = data?.schedule ?? null;
  if (!schedule && !facilitatorToken) return null;

  const run = async (change: (token: string) => Promise<void>): Promise<boolean> => {
    if (!facilitatorToken) return false;
    try {
      await change(facilitatorToken);
      setProblem(null);
      await onChanged();
      return true;
    } catch (error) {
      setProblem(problemOf(error));
      return false;
    }
  };
  const save = (next: SeriesSchedule) => run((token) => saveSchedule(room, next, token));

  return (
    <section className="room-schedule" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('schedule.title')}</h2>
      {schedule ? (
        <>
          <p className="room-schedule__series">{schedule.title}</p>
          <UpcomingMeetings schedule={schedule} upcoming={data?.upcoming ?? []} {...(facilitatorToken ? { onSave: save } : {})} />
          <CalendarLinks room={room} />
        </>
      ) : (
        <p className="hint">{t('schedule.none')}</p>
      )}
      {problem && (
        <p className="notice" role="alert">
          {t(PROBLEM_TEXT[problem])}
        </p>
      )}
      {facilitatorToken &&
        (editing ? (
          <ScheduleForm
            schedule={schedule}
            onSave={async (next) => {
              const saved = await save(next);
              if (saved) setEditing(false);
              return saved;
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <div className="actions">
            <button type="button" className="button small" onClick={() => setEditing(true)}>
              {schedule ? t('schedule.edit') : t('schedule.set')}
            </button>
            {schedule && !confirmingDelete && (
              <button type="button" className="button small ghost danger" onClick={() => setConfirmingDelete(true)}>
                {t('schedule.remove')}
              </button>
            )}
            {schedule && confirmingDelete && (
              <>
                <button
                  type="button"
                  className="button small danger"
                  onClick={() => {
                    setConfirmingDelete(false);
                    void run((token) => deleteSchedule(room, token));
                  }}
                >
                  {t('schedule.confirmRemove')}
                </button>
                <button type="button" className="button small ghost" autoFocus onClick={() => setConfirmingDelete(false)}>
                  {t('schedule.form.cancel')}
                </button>
              </>
            )}
          </div>
        ))}
    </section>
  );
}
