import ical, { ICalEventStatus, type ICalCalendar } from 'ical-generator';
import type { StoredSeries } from '../storage/series-store.js';
import { icalTimeZoneId, vtimezoneOf } from './ical-time-zone.js';
import { zonedWallTime } from './ical-wall-time.js';
import { formatDate, parseWallTime, wallTimeAt, wallTimeToInstant, type WallTime } from '../time/local-time.js';
import type { PlannedOccurrence, Recurrence } from './recurrence.js';

/*
 * One VEVENT per series, with its RRULE, an EXDATE per cancelled occurrence and a RECURRENCE-ID
 * override per moved occurrence (and per past occurrence that has minutes, to link them). Not
 * one event per occurrence in a window: calendars then know it is a series ("every Thursday"),
 * an endless series needs no window that would run out if the feed is not refreshed, and a
 * subscriber's client recomputes daylight saving itself from the VTIMEZONE.
 */

/** How far back past occurrences are looked at to link their minutes. */
const MINUTES_LOOKBACK_MS = 366 * 86_400_000;

export interface FeedSeries {
  stored: StoredSeries;
  recurrence: Recurrence;
  /** The draft agenda: the titles of the room's open meeting's items. */
  agendaTitles: string[];
  /** The room's ended meetings that have minutes. */
  pastMeetings: { meetingId: string; startedAt: number }[];
}

export interface FeedOptions {
  /** Calendar name shown by subscribers. */
  name: string;
  /** Absolute base of the instance, without trailing slash: links in events start with it. */
  baseUrl: string;
  /** The UIDs' domain part. */
  host: string;
  now: number;
}

export const roomUrl = (baseUrl: string, room: string) => `${baseUrl}/r/${room}`;
export const minutesUrl = (baseUrl: string, room: string, meetingId: string) => `${baseUrl}/r/${room}/minutes/${meetingId}`;

/** Stable across regenerations: the room and the series' id (kept across edits), at this host. */
export const seriesUid = (series: StoredSeries, host: string) => `${series.room}-${series.seriesId}@${host}`;

export function calendarFeed(series: FeedSeries[], options: FeedOptions): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'Palabre', product: 'Palabre', language: 'FR' },
    timezone: { name: null, generator: vtimezoneOf },
  });
  for (const entry of series) addSeries(calendar, entry, options);
  return calendar.toString();
}

function addSeries(calendar: ICalCalendar, entry: FeedSeries, options: FeedOptions): void {
  const { stored, recurrence } = entry;
  const { schedule } = stored;
  const first = recurrence.firstLocal;
  const tzid = icalTimeZoneId(schedule.timeZone);
  if (!first || !tzid) return; // checked when stored; a zone the library dropped since is skipped
  const link = roomUrl(options.baseUrl, stored.room);
  const zoned = (wall: WallTime) => zonedWallTime(wall, tzid);
  const endOf = (wall: WallTime) => zoned(wallTimeAt(wallTimeToInstant(wall, schedule.timeZone) + schedule.durationMinutes * 60_000, schedule.timeZone));
  const common = {
    id: seriesUid(stored, options.host),
    sequence: stored.revision,
    stamp: new Date(stored.updatedAt),
    timezone: tzid,
    summary: schedule.title,
    url: link,
  };
  const description = (minutesLink?: string) =>
    [
      `Salle : ${link}`,
      ...(entry.agendaTitles.length > 0 ? ['', 'Ordre du jour (brouillon) :', ...entry.agendaTitles.map((title) => `- ${title}`)] : []),
      ...(minutesLink ? ['', `Compte rendu : ${minutesLink}`] : []),
    ].join('\n');

  const exdates = schedule.exceptions
    .filter((exception) => exception.kind === 'cancelled')
    .flatMap((exception) => recurrence.scheduledOn(exception.date))
    .map((wall) => `EXDATE;TZID=${tzid}:${compact(wall)}`);
  calendar.createEvent({
    ...common,
    start: zoned(first),
    end: endOf(first),
    // The RRULE and EXDATE lines as written by rrule and here: ical-generator passes them through.
    repeating: [recurrence.rrule, ...exdates].join('\r\n'),
    description: description(),
  });

  for (const occurrence of overridden(entry, options.now)) {
    const scheduled = parseWallTime(occurrence.scheduledLocal)!;
    const actual = parseWallTime(occurrence.startLocal)!;
    const meetingId = meetingOn(entry, occurrence, options.now);
    calendar.createEvent({
      ...common,
      recurrenceId: zoned(scheduled),
      start: zoned(actual),
      end: endOf(actual),
      status: ICalEventStatus.CONFIRMED,
      description: description(meetingId ? minutesUrl(options.baseUrl, stored.room, meetingId) : undefined),
    });
  }
}

/** Moved occurrences (any time) and past ones that have minutes; cancelled ones are EXDATEs. */
function overridden(entry: FeedSeries, now: number): PlannedOccurrence[] {
  const { recurrence } = entry;
  const moved = recurrence.schedule.exceptions
    .filter((exception) => exception.kind === 'moved')
    .flatMap((exception) => recurrence.plannedOn(exception.date));
  const withMinutes = recurrence.between(now - MINUTES_LOOKBACK_MS, now).filter((o) => !o.moved && meetingOn(entry, o, now));
  return [...moved, ...withMinutes].filter((o) => !o.cancelled);
}

/** The meeting held on a past occurrence's (local) day, if it left minutes. */
function meetingOn(entry: FeedSeries, occurrence: PlannedOccurrence, now: number): string | undefined {
  if (occurrence.start > now) return undefined;
  const day = occurrence.startLocal.slice(0, 10);
  const { timeZone } = entry.recurrence;
  return entry.pastMeetings.find((meeting) => formatDate(wallTimeAt(meeting.startedAt, timeZone)) === day)?.meetingId;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');
const compact = (wall: WallTime) => `${pad(wall.year, 4)}${pad(wall.month)}${pad(wall.day)}T${pad(wall.hour)}${pad(wall.minute)}00`;
