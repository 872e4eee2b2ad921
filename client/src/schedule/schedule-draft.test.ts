import { describe, expect, it } from 'vitest';
import { draftFromSchedule, scheduleFromDraft, weekdaysOf, type ScheduleDraft } from './schedule-draft';
import type { SeriesSchedule } from './schedule-types';

const draft: ScheduleDraft = {
  title: ' Réunion hebdo ',
  weekdays: ['TH', 'MO'],
  time: '18:30',
  timeZone: 'Europe/Paris',
  durationMinutes: '90',
  listed: true,
  welcomeItem: true,
  welcomeTitle: '',
};

// Wednesday 11 June 2025, 23:30 in Paris (21:30 UTC).
const wednesdayEvening = new Date(Date.UTC(2025, 5, 11, 21, 30));

describe('scheduleFromDraft', () => {
  it('writes a weekly rule starting on its first day from today, in the series’ zone', () => {
    const check = scheduleFromDraft(draft, null, wednesdayEvening);
    expect(check).toEqual({
      ok: true,
      schedule: {
        title: 'Réunion hebdo',
        rrule: 'FREQ=WEEKLY;BYDAY=MO,TH',
        startLocal: '2025-06-12T18:30',
        timeZone: 'Europe/Paris',
        durationMinutes: 90,
        exceptions: [],
        welcomeItem: true,
        listed: true,
      },
    });
  });

  it('counts today in the series’ zone, not in UTC', () => {
    // 23:30 in Paris is already Thursday in Tokyo.
    const check = scheduleFromDraft({ ...draft, weekdays: ['TH'], timeZone: 'Asia/Tokyo' }, null, wednesdayEvening);
    expect(check.ok && check.schedule.startLocal).toBe('2025-06-12T18:30');
    const wednesday = scheduleFromDraft({ ...draft, weekdays: ['WE'] }, null, wednesdayEvening);
    expect(wednesday.ok && wednesday.schedule.startLocal).toBe('2025-06-11T18:30');
  });

  it('keeps the start and the exceptions of an unchanged rule', () => {
    const previous: SeriesSchedule = {
      title: 'Avant',
      rrule: 'FREQ=WEEKLY;BYDAY=MO,TH',
      startLocal: '2025-01-02T18:30',
      timeZone: 'Europe/Paris',
      durationMinutes: 60,
      exceptions: [{ kind: 'cancelled', date: '2025-06-16' }],
      welcomeItem: false,
      listed: false,
    };
    const check = scheduleFromDraft({ ...draft, welcomeTitle: ' Bienvenue ' }, previous, wednesdayEvening);
    expect(check.ok && check.schedule).toMatchObject({
      startLocal: '2025-01-02T18:30',
      exceptions: previous.exceptions,
      welcomeTitle: 'Bienvenue',
      durationMinutes: 90,
    });
  });

  it('names the field to fix', () => {
    expect(scheduleFromDraft({ ...draft, title: ' ' }, null, wednesdayEvening)).toEqual({ ok: false, problem: 'title' });
    expect(scheduleFromDraft({ ...draft, weekdays: [] }, null, wednesdayEvening)).toEqual({ ok: false, problem: 'weekdays' });
    expect(scheduleFromDraft({ ...draft, time: '25:00' }, null, wednesdayEvening)).toEqual({ ok: false, problem: 'time' });
    expect(scheduleFromDraft({ ...draft, timeZone: 'Mars/Olympus' }, null, wednesdayEvening)).toEqual({ ok: false, problem: 'timeZone' });
    expect(scheduleFromDraft({ ...draft, durationMinutes: '0' }, null, wednesdayEvening)).toEqual({ ok: false, problem: 'duration' });
    expect(scheduleFromDraft({ ...draft, durationMinutes: '1.5' }, null, wednesdayEvening)).toEqual({ ok: false, problem: 'duration' });
  });
});

describe('draftFromSchedule', () => {
  it('starts a new series in the given zone', () => {
    expect(draftFromSchedule(null, 'America/Montreal')).toMatchObject({ timeZone: 'America/Montreal', weekdays: [] });
  });

  it('reads a saved series back', () => {
    const saved = scheduleFromDraft(draft, null, wednesdayEvening);
    if (!saved.ok) throw new Error('draft refused');
    expect(draftFromSchedule(saved.schedule, 'UTC')).toEqual({ ...draft, title: 'Réunion hebdo', weekdays: ['MO', 'TH'] });
  });
});

describe('weekdaysOf', () => {
  it('reads BYDAY of a weekly rule only', () => {
    expect(weekdaysOf('FREQ=WEEKLY;INTERVAL=2;BYDAY=SU,WE')).toEqual(['WE', 'SU']);
    expect(weekdaysOf('FREQ=MONTHLY;BYDAY=1TH')).toEqual([]);
  });
});
