import type { Occurrence } from './schedule-types';
import { zoneLabel } from './zoned-date';

export interface OccurrenceText {
  /** Day, date and times, in the viewer's language and time zone. */
  when: string;
  /** The start in the series' own zone, when the viewer is elsewhere; null otherwise. */
  seriesTime: string | null;
  /** The series' zone as people read it. */
  seriesZone: string;
}

export interface FormatContext {
  locale: string;
  /** The viewer's zone (the browser's); a parameter so tests do not depend on the machine. */
  viewerZone: string;
  seriesZone: string;
}

export function describeOccurrence(occurrence: Pick<Occurrence, 'start' | 'end'>, { locale, viewerZone, seriesZone }: FormatContext): OccurrenceText {
  const range = new Intl.DateTimeFormat(locale, {
    timeZone: viewerZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: 'numeric',
    minute: '2-digit',
  });
  const zoned = new Intl.DateTimeFormat(locale, { timeZone: seriesZone, weekday: 'short', hour: 'numeric', minute: '2-digit' });
  return {
    when: range.formatRange(occurrence.start, occurrence.end),
    seriesTime: viewerZone === seriesZone ? null : zoned.format(occurrence.start),
    seriesZone: zoneLabel(seriesZone),
  };
}

/** An action's due date: 'YYYY-MM-DD' read out in the viewer's language; anything else as written. */
export function formatDueDate(due: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(due);
  if (!match) return due;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  // A calendar date, not an instant: formatted in UTC so no zone moves it to the day before.
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
}
