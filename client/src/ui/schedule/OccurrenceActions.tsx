import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { exceptionFor, isLocalDateTime, withException, withoutException } from '../../schedule/schedule-exceptions';
import type { Occurrence, SeriesSchedule } from '../../schedule/schedule-types';
import { localDateTimeIn } from '../../schedule/zoned-date';

interface OccurrenceActionsProps {
  schedule: SeriesSchedule;
  occurrence: Occurrence;
  /** How the occurrence reads, for the buttons' names ("Cancel the meeting of …"). */
  when: string;
  /** Saves it; false if it could not (the caller says why). */
  onSave(schedule: SeriesSchedule): Promise<boolean>;
}

/** Facilitators: cancel one meeting of the series, move it, or put it back as it was. */
export function OccurrenceActions({ schedule, occurrence, when, onSave }: OccurrenceActionsProps) {
  const { t } = useTranslation();
  const [moving, setMoving] = useState(false);
  const [startLocal, setStartLocal] = useState('');
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const changed = exceptionFor(schedule, occurrence.date) !== undefined;

  const save = async (next: SeriesSchedule) => {
    setBusy(true);
    try {
      if (await onSave(next)) setMoving(false);
    } finally {
      setBusy(false);
    }
  };

  const move = (event: FormEvent) => {
    event.preventDefault();
    // The input may add seconds; the contract wants minutes.
    const value = startLocal.slice(0, 16);
    if (!isLocalDateTime(value)) return;
    void save(withException(schedule, { kind: 'moved', date: occurrence.date, startLocal: value }));
  };

  if (moving) {
    return (
      <form className="occurrence-actions" onSubmit={move}>
        <label htmlFor={inputId}>{t('schedule.moveTo', { zone: schedule.timeZone })}</label>
        <input id={inputId} type="datetime-local" value={startLocal} required onChange={(event) => setStartLocal(event.target.value)} />
        <button type="submit" className="button small" disabled={busy}>
          {t('schedule.confirmMove')}
        </button>
        <button type="button" className="button small ghost" onClick={() => setMoving(false)}>
          {t('schedule.form.cancel')}
        </button>
      </form>
    );
  }

  return (
    <span className="occurrence-actions">
      {changed ? (
        <button type="button" className="button small ghost" disabled={busy} aria-label={t('schedule.restoreOne', { when })} onClick={() => void save(withoutException(schedule, occurrence.date))}>
          {t('schedule.restore')}
        </button>
      ) : (
        <>
          <button
            type="button"
            className="button small ghost"
            disabled={busy}
            aria-label={t('schedule.cancelOne', { when })}
            onClick={() => void save(withException(schedule, { kind: 'cancelled', date: occurrence.date }))}
          >
            {t('schedule.cancel')}
          </button>
          <button
            type="button"
            className="button small ghost"
            aria-label={t('schedule.moveOne', { when })}
            onClick={() => {
              setStartLocal(localDateTimeIn(schedule.timeZone, new Date(occurrence.start)));
              setMoving(true);
            }}
          >
            {t('schedule.move')}
          </button>
        </>
      )}
    </span>
  );
}
