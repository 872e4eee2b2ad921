import { tzlib_get_ical_block } from 'timezones-ical-library';

/*
 * VTIMEZONE blocks come from timezones-ical-library (compiled from the IANA database, with the
 * RRULEs of the current rules). It names some zones its own way ('UTC' is 'Etc/UTC'), so events
 * take their TZID from here too and always match a VTIMEZONE of the feed.
 */

function block(timeZone: string): [vtimezone: string, tzidLine: string] | undefined {
  try {
    const result = tzlib_get_ical_block(timeZone);
    return Array.isArray(result) && result.length === 2 && result[0] ? [result[0], result[1]!] : undefined;
  } catch {
    return undefined;
  }
}

/** The TZID the feed uses for an IANA zone; undefined if the library has no VTIMEZONE for it. */
export function icalTimeZoneId(timeZone: string): string | undefined {
  return block(timeZone)?.[1].replace(/^TZID=/, '');
}

/** ical-generator's VTIMEZONE generator. */
export function vtimezoneOf(tzid: string): string | null {
  return block(tzid)?.[0] ?? null;
}
