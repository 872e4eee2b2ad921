import type { ScheduleException, SeriesSchedule } from './schedule-types';

/*
 * One occurrence cancelled or moved: an exception keyed by the date the series would have met.
 * A new exception for a date replaces the previous one; restoring removes it.
 */

export function exceptionFor(schedule: SeriesSchedule, date: string): ScheduleException | undefined {
  return schedule.exceptions.find((exception) => exception.date === date);
}

export function withException(schedule: SeriesSchedule, exception: ScheduleException): SeriesSchedule {
  const others = withoutException(schedule, exception.date);
  return { ...others, exceptions: [...others.exceptions, exception] };
}

export function withoutException(schedule: SeriesSchedule, date: string): SeriesSchedule {
  return { ...schedule, exceptions: schedule.exceptions.filter((exception) => exception.date !== date) };
}

/** A <input type="datetime-local"> value is 'YYYY-MM-DDTHH:mm' (or with seconds): the contract's form. */
export function isLocalDateTime(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value);
}
