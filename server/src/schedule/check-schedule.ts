import type { SeriesSchedule } from '@palabre/shared';
import { icalTimeZoneId } from './ical-time-zone.js';
import { isValidTimeZone, parseWallTime } from '../time/local-time.js';
import { Recurrence, RecurrenceError } from './recurrence.js';

/**
 * What zod cannot see in a series: a real time zone, a rule the library understands and that
 * gives occurrences, real dates, and exceptions that fall on occurrences. Returns the problem,
 * said for a person, or the compiled recurrence.
 */
export function checkSchedule(schedule: SeriesSchedule): { problem: string } | { recurrence: Recurrence } {
  if (!isValidTimeZone(schedule.timeZone) || !icalTimeZoneId(schedule.timeZone)) {
    return { problem: `unknown time zone ${JSON.stringify(schedule.timeZone)}: use an IANA name such as Europe/Paris` };
  }
  let recurrence: Recurrence;
  try {
    recurrence = new Recurrence(schedule);
  } catch (error) {
    if (error instanceof RecurrenceError) return { problem: error.message };
    throw error;
  }
  if (!recurrence.firstLocal) return { problem: 'the rule gives no occurrence in the ten years after its start' };
  const dates = new Set<string>();
  for (const exception of schedule.exceptions) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(exception.date) || !parseWallTime(exception.date)) {
      return { problem: `exception date ${JSON.stringify(exception.date)} is not a date (YYYY-MM-DD)` };
    }
    if (dates.has(exception.date)) return { problem: `two exceptions for ${exception.date}` };
    dates.add(exception.date);
    if (exception.kind === 'moved' && !(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(exception.startLocal) && parseWallTime(exception.startLocal))) {
      return { problem: `the occurrence of ${exception.date} moves to ${JSON.stringify(exception.startLocal)}, which is not YYYY-MM-DDTHH:mm` };
    }
    if (recurrence.scheduledOn(exception.date).length === 0) {
      return { problem: `${exception.date} is not a date of this series` };
    }
  }
  return { recurrence };
}
