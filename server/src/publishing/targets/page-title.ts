import type { MeetingReport } from '@palabre/shared';

/**
 * A MediaWiki page title from the room's pattern: {room}, {date} (YYYY-MM-DD) and {time}
 * (HH:mm, written HHhmm because ':' would start a namespace or interwiki prefix).
 */
export function pageTitle(pattern: string, report: Pick<MeetingReport, 'room' | 'date' | 'time'>): string {
  return pattern
    .replaceAll('{room}', report.room)
    .replaceAll('{date}', report.date)
    .replaceAll('{time}', report.time.replace(':', 'h'))
    .trim();
}

/** The report's line on the wiki's index page. */
export function indexLine(title: string, report: Pick<MeetingReport, 'date'>): string {
  return `* [[${title}]] — ${report.date}`;
}
