import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_WELCOME_TITLE } from '@palabre/shared';
import { draftFromSchedule, MAX_DURATION_MINUTES, MIN_DURATION_MINUTES, scheduleFromDraft, WEEKDAYS, type DraftProblem, type ScheduleDraft } from '../../schedule/schedule-draft';
import type { SeriesSchedule } from '../../schedule/schedule-types';
import { browserTimeZone, timeZoneNames, zoneLabel } from '../../schedule/zoned-date';

interface ScheduleFormProps {
  schedule: SeriesSchedule | null;
  /** Saves it; false if it could not (the caller says why). */
  onSave(schedule: SeriesSchedule): Promise<boolean>;
  onCancel(): void;
}

const PROBLEM_TEXT = {
  title: 'schedule.form.needTitle',
  weekdays: 'schedule.form.needDays',
  time: 'schedule.form.badTime',
  timeZone: 'schedule.form.badZone',
  duration: 'schedule.form.badDuration',
} as const satisfies Record<DraftProblem, string>;

/** Facilitators: which days, at what time, where, for how long; listed or not; a welcome item. */
export function ScheduleForm({ schedule, onSave, onCancel }: ScheduleFormProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const [draft, setDraft] = useState<ScheduleDraft>(() => draftFromSchedule(schedule, browserTimeZone()));
  const [problem, setProblem] = useState<DraftProblem | null>(null);
  const [saving, setSaving] = useState(false);
  const ids = { title: useId(), time: useId(), zone: useId(), duration: useId(), welcomeTitle: useId(), problem: useId() };
  const zones = useMemo(() => timeZoneNames([draft.timeZone, browserTimeZone()]), [draft.timeZone]);
  const dayNames = useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    // 1 January 2024 was a Monday, the first checkbox.
    return WEEKDAYS.map((_, index) => format.format(Date.UTC(2024, 0, 1 + index)));
  }, [locale]);
  const set = (change: Partial<ScheduleDraft>) => setDraft((current) => ({ ...current, ...change }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const check = scheduleFromDraft(draft, schedule, new Date());
    if (!check.ok) {
      setProblem(check.problem);
      return;
    }
    setProblem(null);
    setSaving(true);
    try {
      await onSave(check.schedule);
    } finally {
      setSaving(false);
    }
  };

  const invalid = (field: DraftProblem) => (problem === field ? { 'aria-invalid': true, 'aria-describedby': ids.problem } : {});

  return (
    <form className="schedule-form" onSubmit={(event) => void submit(event)} noValidate aria-label={t('schedule.form.title')}>
      <div className="field">
        <label htmlFor={ids.title}>{t('schedule.form.seriesTitle')}</label>
        <input id={ids.title} type="text" value={draft.title} maxLength={120} onChange={(event) => set({ title: event.target.value })} {...invalid('title')} />
      </div>
      <fieldset className="schedule-form__days" {...invalid('weekdays')}>
        <legend>{t('schedule.form.days')}</legend>
        {WEEKDAYS.map((day, index) => (
          <label key={day} className="checkbox">
            <input
              type="checkbox"
              checked={draft.weekdays.includes(day)}
              onChange={(event) => set({ weekdays: event.target.checked ? [...draft.weekdays, day] : draft.weekdays.filter((other) => other !== day) })}
            />
            {dayNames[index]}
          </label>
        ))}
      </fieldset>
      <div className="schedule-form__row">
        <div className="field">
          <label htmlFor={ids.time}>{t('schedule.form.time')}</label>
          <input id={ids.time} type="time" value={draft.time} onChange={(event) => set({ time: event.target.value })} {...invalid('time')} />
        </div>
        <div className="field">
          <label htmlFor={ids.duration}>{t('schedule.form.duration')}</label>
          <input
            id={ids.duration}
            type="number"
            inputMode="numeric"
            min={MIN_DURATION_MINUTES}
            max={MAX_DURATION_MINUTES}
            step={5}
            value={draft.durationMinutes}
            onChange={(event) => set({ durationMinutes: event.target.value })}
            {...invalid('duration')}
          />
        </div>
      </div>
      <div className="field">
        <label htmlFor={ids.zone}>{t('schedule.form.timeZone')}</label>
        <select id={ids.zone} value={draft.timeZone} onChange={(event) => set({ timeZone: event.target.value })} {...invalid('timeZone')}>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zoneLabel(zone)}
            </option>
          ))}
        </select>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={draft.listed} onChange={(event) => set({ listed: event.target.checked })} />
        {t('schedule.form.listed')}
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={draft.welcomeItem} onChange={(event) => set({ welcomeItem: event.target.checked })} />
        {t('schedule.form.welcomeItem')}
      </label>
      {draft.welcomeItem && (
        <div className="field">
          <label htmlFor={ids.welcomeTitle}>{t('schedule.form.welcomeTitle')}</label>
          <input
            id={ids.welcomeTitle}
            type="text"
            value={draft.welcomeTitle}
            maxLength={200}
            placeholder={DEFAULT_WELCOME_TITLE}
            onChange={(event) => set({ welcomeTitle: event.target.value })}
          />
        </div>
      )}
      {problem && (
        <p id={ids.problem} className="error" role="alert">
          {t(PROBLEM_TEXT[problem], { min: MIN_DURATION_MINUTES, max: MAX_DURATION_MINUTES })}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button primary small" disabled={saving}>
          {t('schedule.form.save')}
        </button>
        <button type="button" className="button small" onClick={onCancel}>
          {t('schedule.form.cancel')}
        </button>
      </div>
    </form>
  );
}
