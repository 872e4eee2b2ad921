import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import type { SeriesSchedule } from '@palabre/shared';
import type { StoredSeries } from '../storage/series-store.js';
import { calendarFeed, type FeedSeries } from './calendar-feed.js';
import { Recurrence } from './recurrence.js';

const utc = (year: number, month: number, day: number, hour: number, minute = 0) => Date.UTC(year, month - 1, day, hour, minute);

const schedule: SeriesSchedule = {
  title: 'AG du jeudi',
  rrule: 'FREQ=WEEKLY;BYDAY=TH',
  startLocal: '2025-03-20T21:00',
  timeZone: 'Europe/Paris',
  durationMinutes: 90,
  exceptions: [
    { kind: 'cancelled', date: '2025-04-03' },
    { kind: 'moved', date: '2025-04-10', startLocal: '2025-04-11T19:00' },
  ],
  welcomeItem: true,
  listed: true,
};
const stored: StoredSeries = { room: 'jeudi', seriesId: 'series-1', revision: 2, schedule, updatedAt: utc(2025, 3, 1, 10) };
const entry = (changes: Partial<FeedSeries> = {}): FeedSeries => ({
  stored,
  recurrence: new Recurrence(schedule),
  agendaTitles: ['Accueil / tour de table', 'Budget; 2025, version 2'],
  pastMeetings: [{ meetingId: 'meeting-27', startedAt: utc(2025, 3, 27, 20, 5) }],
  ...changes,
});
const options = { name: 'Palabre', baseUrl: 'https://palabre.example', host: 'palabre.example', now: utc(2025, 3, 28, 12) };

/** Parsed by ical.js, which knows nothing of our code: its zones come from the feed's VTIMEZONEs. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  return { calendar, events };
}

/** The series expanded by ical.js: start instants between two dates. */
function expand(events: ICAL.Event[], until: number): number[] {
  const master = events.find((event) => !event.isRecurrenceException())!;
  for (const exception of events.filter((event) => event.isRecurrenceException())) master.relateException(exception);
  const iterator = master.iterator();
  const starts: number[] = [];
  for (let next = iterator.next(); next && next.toJSDate().getTime() < until; next = iterator.next()) {
    starts.push(master.getOccurrenceDetails(next).startDate.toJSDate().getTime());
  }
  return starts.sort((a, b) => a - b);
}

describe('the calendar feed, read by an independent parser', () => {
  it('has a VTIMEZONE and a stable UID across regenerations', () => {
    const first = calendarFeed([entry()], options);
    const second = calendarFeed([entry()], { ...options, now: options.now + 3_600_000 });
    const { calendar, events } = parse(first);
    const zone = calendar.getFirstSubcomponent('vtimezone');
    expect(zone?.getFirstPropertyValue('tzid')).toBe('Europe/Paris');
    expect(events[0]!.uid).toBe('jeudi-series-1@palabre.example');
    expect(parse(second).events.map((event) => event.uid)).toEqual(events.map((event) => event.uid));
    expect(events[0]!.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Paris');
    expect(events[0]!.startDate.zone?.tzid).toBe('Europe/Paris');
    expect(events[0]!.sequence).toBe(2);
  });

  it('gives the same occurrences as the server: DST kept, cancelled one excluded, moved one overridden', () => {
    const { events } = parse(calendarFeed([entry()], options));
    expect(expand(events, utc(2025, 4, 25, 0))).toEqual([
      utc(2025, 3, 20, 20),
      utc(2025, 3, 27, 20),
      // 3 April is cancelled (EXDATE); 10 April moved to Friday 11 at 19:00 Paris.
      utc(2025, 4, 11, 17),
      utc(2025, 4, 17, 19),
      utc(2025, 4, 24, 19),
    ]);
    const master = events.find((event) => !event.isRecurrenceException())!;
    const exdate = master.component.getFirstProperty('exdate')!;
    expect(exdate.getParameter('tzid')).toBe('Europe/Paris');
    expect((exdate.getFirstValue() as ICAL.Time).toString()).toBe('2025-04-03T21:00:00');
    const moved = events.find((event) => event.recurrenceId?.toString() === '2025-04-10T21:00:00');
    expect(moved?.startDate.toString()).toBe('2025-04-11T19:00:00');
    expect(moved?.endDate.toJSDate().getTime()).toBe(utc(2025, 4, 11, 18, 30));
  });

  it('puts the room link and the draft agenda in each event, and the minutes in a past one', () => {
    const { events } = parse(calendarFeed([entry()], options));
    const master = events.find((event) => !event.isRecurrenceException())!;
    expect(master.component.getFirstPropertyValue('url')).toBe('https://palabre.example/r/jeudi');
    expect(master.description).toContain('https://palabre.example/r/jeudi');
    expect(master.description).toContain('- Accueil / tour de table\n- Budget; 2025, version 2');
    const past = events.find((event) => event.recurrenceId?.toString() === '2025-03-27T21:00:00');
    expect(past?.description).toContain('https://palabre.example/r/jeudi/minutes/meeting-27');
    expect(master.description).not.toContain('/minutes/');
    // Every override belongs to the series.
    expect(new Set(events.map((event) => event.uid))).toEqual(new Set(['jeudi-series-1@palabre.example']));
  });

  it('writes one series per room, each with its own zone', () => {
    const york: StoredSeries = {
      ...stored,
      room: 'york',
      seriesId: 'series-2',
      schedule: { ...schedule, timeZone: 'America/New_York', exceptions: [] },
    };
    const text = calendarFeed([entry(), entry({ stored: york, recurrence: new Recurrence(york.schedule), pastMeetings: [] })], options);
    const { calendar, events } = parse(text);
    expect(calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid')).sort()).toEqual(['America/New_York', 'Europe/Paris']);
    const yorkEvent = events.find((event) => event.uid === 'york-series-2@palabre.example')!;
    // 21:00 in New York on 20 March 2025 (EDT since 9 March) is 01:00Z the next day.
    expect(yorkEvent.startDate.toJSDate().getTime()).toBe(utc(2025, 3, 21, 1));
  });
});
