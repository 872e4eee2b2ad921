import { describe, expect, it } from 'vitest';
import { describeOccurrence, formatDueDate } from './occurrence-format';
import { byNextMeeting } from './room-listing';
import { calendarFeedPath, subscribeUrl } from './calendar-links';
import { dateIn, localDateTimeIn, timeZoneNames, weekdayIndex } from './zoned-date';

// Thursday 12 June 2025, 16:30–17:30 UTC.
const occurrence = { start: Date.UTC(2025, 5, 12, 16, 30), end: Date.UTC(2025, 5, 12, 17, 30) };

describe('describeOccurrence', () => {
  it('shows the viewer’s own time, and no second zone when they are in the series’ zone', () => {
    const text = describeOccurrence(occurrence, { locale: 'fr', viewerZone: 'Europe/Paris', seriesZone: 'Europe/Paris' });
    expect(text.when).toContain('jeudi 12 juin');
    expect(text.when).toContain('18:30');
    expect(text.when).toContain('19:30');
    expect(text.seriesTime).toBeNull();
  });

  it('names the series’ zone and time for a viewer elsewhere', () => {
    const text = describeOccurrence(occurrence, { locale: 'en', viewerZone: 'America/New_York', seriesZone: 'Europe/Paris' });
    expect(text.when).toContain('Thursday, June 12');
    expect(text.when).toContain('12:30');
    expect(text.seriesTime).toContain('6:30');
    expect(text.seriesZone).toBe('Europe/Paris');
  });
});

describe('formatDueDate', () => {
  it('reads a calendar date in the viewer’s language, the same day everywhere', () => {
    expect(formatDueDate('2025-06-12', 'fr')).toBe('12 juin 2025');
    expect(formatDueDate('2025-06-12', 'en')).toBe('Jun 12, 2025');
    expect(formatDueDate('next week', 'en')).toBe('next week');
  });
});

describe('zoned dates', () => {
  it('tells the date and time in a zone', () => {
    expect(dateIn('Asia/Tokyo', new Date(Date.UTC(2025, 5, 11, 21, 30)))).toBe('2025-06-12');
    expect(localDateTimeIn('Europe/Paris', new Date(occurrence.start))).toBe('2025-06-12T18:30');
    expect(weekdayIndex('2025-06-12')).toBe(3);
  });

  it('lists the zones with the ones asked for', () => {
    const zones = timeZoneNames(['Europe/Paris', 'not a zone']);
    expect(zones).toContain('Europe/Paris');
    expect(zones).not.toContain('not a zone');
  });
});

describe('byNextMeeting', () => {
  it('puts the soonest meeting first and the rooms with none last', () => {
    const listing = (room: string, start: number | null) => ({
      room,
      title: room,
      next: start === null ? null : { start, end: start + 1, date: '', cancelled: false, moved: false },
    });
    const rooms = [listing('c', null), listing('b', 20), listing('a', null), listing('d', 10)];
    expect(byNextMeeting(rooms, (x, y) => x.localeCompare(y)).map((room) => room.room)).toEqual(['d', 'b', 'a', 'c']);
  });
});

describe('calendar links', () => {
  it('subscribe with webcal to the room’s feed', () => {
    expect(calendarFeedPath('hebdo')).toBe('/r/hebdo/calendar.ics');
    expect(subscribeUrl('palabre.example:8443', 'hebdo')).toBe('webcal://palabre.example:8443/r/hebdo/calendar.ics');
  });
});
