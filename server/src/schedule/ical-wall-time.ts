import type { ICalTemporalPlainDateTimeStub, ICalTemporalZonedDateTimeStub } from 'ical-generator';
import { wallTimeAt, wallTimeToInstant, type WallTime } from '../time/local-time.js';

/*
 * ical-generator writes a native Date in an event's zone with the *process's* local getters, so
 * the output would depend on the server's TZ. It also accepts Temporal objects, which Node 20
 * lacks: this gives it the small Temporal-shaped stub it documents, built on our Intl
 * conversion, so DTSTART;TZID=... carries exactly the wall time we mean.
 */

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function plain(wall: WallTime): ICalTemporalPlainDateTimeStub {
  const text = `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:00`;
  const date = { year: wall.year, month: wall.month, day: wall.day, toJSON: () => text.slice(0, 10), toString: () => text.slice(0, 10) };
  return {
    ...wall,
    second: 0,
    toJSON: () => text,
    toString: () => text,
    toPlainDate: () => date,
    toZonedDateTime: (timeZone: string) => zonedWallTime(wall, timeZone),
  };
}

/** A wall time in an IANA zone, as ical-generator takes a Temporal.ZonedDateTime. */
export function zonedWallTime(wall: WallTime, timeZone: string): ICalTemporalZonedDateTimeStub {
  const epochMilliseconds = wallTimeToInstant(wall, timeZone);
  const iso = new Date(epochMilliseconds).toISOString();
  const self: ICalTemporalZonedDateTimeStub = {
    ...wall,
    second: 0,
    timeZoneId: timeZone,
    toInstant: () => ({
      epochMilliseconds,
      toJSON: () => iso,
      toString: () => iso,
      toZonedDateTimeISO: (zone: string) => zonedWallTime(wallTimeAt(epochMilliseconds, zone), zone),
    }),
    toJSON: () => iso,
    toString: () => iso,
    toPlainDateTime: () => plain(wall),
    withTimeZone: (zone: string) => (zone === timeZone ? self : zonedWallTime(wallTimeAt(epochMilliseconds, zone), zone)),
  };
  return self;
}
