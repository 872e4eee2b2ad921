import { afterEach, describe, expect, it } from 'vitest';
import type { SeriesSchedule } from '@palabre/shared';
import { checkSchedule } from './check-schedule.js';
import { wallTimeToInstant } from '../time/local-time.js';
import { Recurrence } from './recurrence.js';

const thursdays: SeriesSchedule = {
  title: 'AG du jeudi',
  rrule: 'FREQ=WEEKLY;BYDAY=TH',
  startLocal: '2025-03-20T21:00',
  timeZone: 'Europe/Paris',
  durationMinutes: 90,
  exceptions: [],
  welcomeItem: false,
  listed: true,
};
const utc = (year: number, month: number, day: number, hour: number, minute = 0) => Date.UTC(year, month - 1, day, hour, minute);
const starts = (recurrence: Recurrence, from: number, to: number) => recurrence.between(from, to).map((o) => o.start);

describe('a weekly series across daylight saving time', () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = savedTz;
  });

  // Paris: CET (UTC+1) until the last Sunday of March (30 March 2025), CEST (UTC+2) until the last
  // Sunday of October (26 October 2025). 21:00 local is 20:00Z in winter and 19:00Z in summer.
  const expectedSpring = [utc(2025, 3, 20, 20), utc(2025, 3, 27, 20), utc(2025, 4, 3, 19), utc(2025, 4, 10, 19)];
  const expectedAutumn = [utc(2025, 10, 16, 19), utc(2025, 10, 23, 19), utc(2025, 10, 30, 20), utc(2025, 11, 6, 20)];

  it('stays at 21:00 Paris time across the last Sundays of March and October', () => {
    const recurrence = new Recurrence(thursdays);
    expect(starts(recurrence, utc(2025, 3, 19, 0), utc(2025, 4, 11, 0))).toEqual(expectedSpring);
    expect(starts(recurrence, utc(2025, 10, 15, 0), utc(2025, 11, 7, 0))).toEqual(expectedAutumn);
    expect(recurrence.between(utc(2025, 3, 19, 0), utc(2025, 3, 21, 0))[0]).toMatchObject({ date: '2025-03-20', end: utc(2025, 3, 20, 21, 30) });
  });

  it('gives the same instants whatever the server process time zone', () => {
    // rrule's own tzid mode fails this: its results move with the process TZ.
    for (const tz of ['America/New_York', 'Asia/Tokyo', 'Europe/Paris', 'UTC']) {
      process.env.TZ = tz;
      const recurrence = new Recurrence(thursdays);
      expect(starts(recurrence, utc(2025, 3, 19, 0), utc(2025, 4, 11, 0))).toEqual(expectedSpring);
      expect(starts(recurrence, utc(2025, 10, 15, 0), utc(2025, 11, 7, 0))).toEqual(expectedAutumn);
    }
  });

  it('resolves a wall time skipped or repeated by the change like Temporal does', () => {
    expect(wallTimeToInstant({ year: 2025, month: 3, day: 30, hour: 2, minute: 30 }, 'Europe/Paris')).toBe(utc(2025, 3, 30, 1, 30));
    expect(wallTimeToInstant({ year: 2025, month: 10, day: 26, hour: 2, minute: 30 }, 'Europe/Paris')).toBe(utc(2025, 10, 26, 0, 30));
    expect(wallTimeToInstant({ year: 2025, month: 11, day: 2, hour: 1, minute: 30 }, 'America/New_York')).toBe(utc(2025, 11, 2, 5, 30));
  });
});

describe('exceptions', () => {
  const schedule: SeriesSchedule = {
    ...thursdays,
    exceptions: [
      { kind: 'cancelled', date: '2025-04-03' },
      { kind: 'moved', date: '2025-04-10', startLocal: '2025-04-11T19:00' },
    ],
  };

  it('marks a cancelled occurrence and moves a moved one, keeping its scheduled date', () => {
    const upcoming = new Recurrence(schedule).next(utc(2025, 3, 28, 12), 4);
    expect(upcoming).toEqual([
      expect.objectContaining({ date: '2025-04-03', start: utc(2025, 4, 3, 19), cancelled: true, moved: false }),
      expect.objectContaining({ date: '2025-04-10', start: utc(2025, 4, 11, 17), end: utc(2025, 4, 11, 18, 30), cancelled: false, moved: true }),
      expect.objectContaining({ date: '2025-04-17', start: utc(2025, 4, 17, 19), cancelled: false, moved: false }),
      expect.objectContaining({ date: '2025-04-24', start: utc(2025, 4, 24, 19) }),
    ]);
  });

  it('finds an occurrence moved into a window from a date outside it', () => {
    const far = new Recurrence({ ...thursdays, exceptions: [{ kind: 'moved', date: '2025-06-05', startLocal: '2025-04-15T18:00' }] });
    expect(far.between(utc(2025, 4, 14, 0), utc(2025, 4, 16, 0))).toEqual([
      expect.objectContaining({ date: '2025-06-05', start: utc(2025, 4, 15, 16), moved: true }),
    ]);
    expect(far.between(utc(2025, 6, 4, 0), utc(2025, 6, 7, 0))).toEqual([]);
  });

  it('skips what is over and counts an occurrence under way as upcoming', () => {
    const upcoming = new Recurrence(thursdays).next(utc(2025, 3, 27, 20, 30), 2);
    expect(upcoming.map((o) => o.start)).toEqual([utc(2025, 3, 27, 20), utc(2025, 4, 3, 19)]);
  });
});

describe('checking a schedule', () => {
  const problem = (changes: Partial<SeriesSchedule>) => {
    const checked = checkSchedule({ ...thursdays, ...changes });
    return 'problem' in checked ? checked.problem : undefined;
  };

  it('accepts a good one', () => {
    expect(problem({})).toBeUndefined();
    expect(problem({ rrule: 'RRULE:FREQ=MONTHLY;BYDAY=1TH;UNTIL=20261231T230000Z' })).toBeUndefined();
  });

  it('refuses rules rrule would misread, unknown zones, and exceptions off the series', () => {
    expect(problem({ rrule: 'garbage' })).toMatch(/not a valid recurrence rule/);
    expect(problem({ rrule: 'BYDAY=TH' })).toMatch(/FREQ/);
    expect(problem({ rrule: 'FREQ=WEEKLY;BYDAY=XX' })).toMatch(/does not understand/);
    expect(problem({ rrule: 'FREQ=MINUTELY' })).toMatch(/hourly/);
    expect(problem({ rrule: 'DTSTART:20250320T210000\nRRULE:FREQ=WEEKLY' })).toMatch(/without DTSTART/);
    expect(problem({ rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30' })).toMatch(/no occurrence/);
    expect(problem({ timeZone: 'Europe/Atlantis' })).toMatch(/unknown time zone/);
    expect(problem({ startLocal: '2025-02-30T21:00' })).toMatch(/not a real date/);
    expect(problem({ exceptions: [{ kind: 'cancelled', date: '2025-04-02' }] })).toMatch(/not a date of this series/);
    expect(problem({ exceptions: [{ kind: 'cancelled', date: 'soon' }] })).toMatch(/not a date/);
    expect(problem({ exceptions: [{ kind: 'moved', date: '2025-04-03', startLocal: 'later' }] })).toMatch(/YYYY-MM-DDTHH:mm/);
  });
});
