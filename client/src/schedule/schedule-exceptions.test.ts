import { describe, expect, it } from 'vitest';
import { exceptionFor, isLocalDateTime, withException, withoutException } from './schedule-exceptions';
import type { SeriesSchedule } from './schedule-types';

const schedule: SeriesSchedule = {
  title: 'Hebdo',
  rrule: 'FREQ=WEEKLY;BYDAY=TH',
  startLocal: '2025-06-12T18:00',
  timeZone: 'Europe/Paris',
  durationMinutes: 60,
  exceptions: [{ kind: 'cancelled', date: '2025-06-19' }],
  welcomeItem: true,
  listed: false,
};

describe('occurrence exceptions', () => {
  it('moves a cancelled meeting instead of keeping both', () => {
    const moved = withException(schedule, { kind: 'moved', date: '2025-06-19', startLocal: '2025-06-20T10:00' });
    expect(moved.exceptions).toEqual([{ kind: 'moved', date: '2025-06-19', startLocal: '2025-06-20T10:00' }]);
    expect(exceptionFor(moved, '2025-06-19')?.kind).toBe('moved');
  });

  it('restores a meeting', () => {
    expect(withoutException(schedule, '2025-06-19').exceptions).toEqual([]);
    expect(schedule.exceptions).toHaveLength(1);
  });

  it('knows a datetime-local value', () => {
    expect(isLocalDateTime('2025-06-20T10:00')).toBe(true);
    expect(isLocalDateTime('2025-06-20')).toBe(false);
  });
});
