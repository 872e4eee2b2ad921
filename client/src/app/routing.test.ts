import { describe, expect, it } from 'vitest';
import { minutesPath, parseRoute, roomPath } from './routing';

describe('parseRoute', () => {
  it('knows the home page', () => {
    expect(parseRoute('/')).toEqual({ page: 'home' });
  });

  it('reads a valid room name, with or without a trailing slash', () => {
    expect(parseRoute('/r/loutre-rose-123')).toEqual({ page: 'room', room: 'loutre-rose-123' });
    expect(parseRoute('/r/loutre-rose-123/')).toEqual({ page: 'room', room: 'loutre-rose-123' });
  });

  it('refuses what is not a room name', () => {
    expect(parseRoute('/r/Loutre')).toEqual({ page: 'not-found' });
    expect(parseRoute('/r/a%2Fb')).toEqual({ page: 'not-found' });
    expect(parseRoute('/r/%E0%A4%A')).toEqual({ page: 'not-found' });
    expect(parseRoute('/r/')).toEqual({ page: 'not-found' });
    expect(parseRoute('/elsewhere')).toEqual({ page: 'not-found' });
  });

  it('round-trips with roomPath', () => {
    expect(parseRoute(roomPath('assemblee-2025'))).toEqual({ page: 'room', room: 'assemblee-2025' });
  });

  it('knows a room’s minutes, the list and one meeting’s', () => {
    expect(parseRoute('/r/assemblee/minutes')).toEqual({ page: 'minutes', room: 'assemblee', meetingId: null });
    expect(parseRoute('/r/assemblee/minutes/')).toEqual({ page: 'minutes', room: 'assemblee', meetingId: null });
    expect(parseRoute(minutesPath('assemblee', 'm 1'))).toEqual({ page: 'minutes', room: 'assemblee', meetingId: 'm 1' });
    expect(parseRoute('/r/Assemblee/minutes')).toEqual({ page: 'not-found' });
    expect(parseRoute('/r/assemblee/minutes/a/b')).toEqual({ page: 'not-found' });
  });
});
