import type { SeriesSchedule } from './schedule-types';
import { addDays, dateIn, isTimeZone, weekdayIndex } from './zoned-date';

/*
 * The facilitator's schedule form as plain strings and booleans, and the SeriesSchedule it
 * makes. The form only writes weekly rules (the days of the week, at one time); a rule it does
 * not understand is replaced only if the facilitator changes the days, the time or the zone.
 */

/** In the order of the checkboxes, Monday first (ISO 8601 and most of Europe). */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface ScheduleDraft {
  title: string;
  weekdays: Weekday[];
  /** 'HH:mm' */
  time: string;
  timeZone: string;
  durationMinutes: string;
  listed: boolean;
  welcomeItem: boolean;
  welcomeTitle: string;
}

export type DraftProblem = 'title' | 'weekdays' | 'time' | 'timeZone' | 'duration';

/** The bounds of seriesScheduleSchema. */
export const MIN_DURATION_MINUTES = 5;
export const MAX_DURATION_MINUTES = 24 * 60;

export function draftFromSchedule(schedule: SeriesSchedule | null, defaultZone: string): ScheduleDraft {
  if (!schedule) {
    return { title: '', weekdays: [], time: '18:00', timeZone: defaultZone, durationMinutes: '60', listed: false, welcomeItem: true, welcomeTitle: '' };
  }
  return {
    title: schedule.title,
    weekdays: weekdaysOf(schedule.rrule),
    time: schedule.startLocal.slice(11, 16),
    timeZone: schedule.timeZone,
    durationMinutes: String(schedule.durationMinutes),
    listed: schedule.listed,
    welcomeItem: schedule.welcomeItem,
    welcomeTitle: schedule.welcomeTitle ?? '',
  };
}

/** The BYDAY of a weekly rule, in checkbox order; none for a rule of another kind. */
export function weekdaysOf(rrule: string): Weekday[] {
  const parts = new Map(rrule.split(';').map((part) => part.split('=') as [string, string | undefined]));
  if (parts.get('FREQ') !== 'WEEKLY') return [];
  const days = new Set((parts.get('BYDAY') ?? '').split(','));
  return WEEKDAYS.filter((day) => days.has(day));
}

export type DraftCheck = { ok: true; schedule: SeriesSchedule } | { ok: false; problem: DraftProblem };

/**
 * The schedule to save. `previous` keeps what the form does not show (the exceptions, and the
 * start of an unchanged rule); a new rule starts on its first day from today, in its own zone.
 */
export function scheduleFromDraft(draft: ScheduleDraft, previous: SeriesSchedule | null, now: Date): DraftCheck {
  const title = draft.title.trim();
  if (title === '') return { ok: false, problem: 'title' };
  if (draft.weekdays.length === 0) return { ok: false, problem: 'weekdays' };
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(draft.time)) return { ok: false, problem: 'time' };
  if (!isTimeZone(draft.timeZone)) return { ok: false, problem: 'timeZone' };
  const duration = Number(draft.durationMinutes);
  if (!Number.isInteger(duration) || duration < MIN_DURATION_MINUTES || duration > MAX_DURATION_MINUTES) return { ok: false, problem: 'duration' };

  const weekdays = WEEKDAYS.filter((day) => draft.weekdays.includes(day));
  const rrule = `FREQ=WEEKLY;BYDAY=${weekdays.join(',')}`;
  const unchanged =
    previous !== null &&
    weekdaysOf(previous.rrule).join(',') === weekdays.join(',') &&
    previous.startLocal.slice(11, 16) === draft.time &&
    previous.timeZone === draft.timeZone;
  const welcomeTitle = draft.welcomeTitle.trim();
  return {
    ok: true,
    schedule: {
      title,
      rrule: unchanged ? previous.rrule : rrule,
      startLocal: unchanged ? previous.startLocal : `${firstDay(weekdays, draft.timeZone, now)}T${draft.time}`,
      timeZone: draft.timeZone,
      durationMinutes: duration,
      exceptions: previous?.exceptions ?? [],
      welcomeItem: draft.welcomeItem,
      ...(draft.welcomeItem && welcomeTitle !== '' ? { welcomeTitle } : {}),
      listed: draft.listed,
    },
  };
}

/** Today or the next day that is one of `weekdays`, in `timeZone`: the series' first meeting. */
function firstDay(weekdays: Weekday[], timeZone: string, now: Date): string {
  const today = dateIn(timeZone, now);
  for (let offset = 0; offset < 7; offset += 1) {
    const date = addDays(today, offset);
    if (weekdays.includes(WEEKDAYS[weekdayIndex(date)] as Weekday)) return date;
  }
  return today;
}
