import rrulePackage from 'rrule';
import type { Occurrence, SeriesSchedule } from '@palabre/shared';
import { formatDate, formatWallTime, parseWallTime, wallTimeToInstant, type WallTime } from '../time/local-time.js';

// rrule ships CommonJS without an `exports` map: Node's ESM loader only sees its default export.
const { RRule, Frequency } = rrulePackage;
type Rule = InstanceType<typeof RRule>;

/*
 * Occurrences of a series. rrule runs in "floating" mode: its dates carry the local wall time
 * of `timeZone` in their UTC fields, and each is converted to an instant with Intl afterwards.
 * rrule's own `tzid` option was measured wrong: its results shift with the server process's TZ
 * (Thursday 21:00 Europe/Paris came out 20:00Z under TZ=UTC but 16:00Z under
 * TZ=America/New_York), so a wall time must never reach it as a real instant.
 */

const DAY_MS = 86_400_000;
/** Generous bound around a window: no zone is more than 14 h from UTC. */
const MARGIN_MS = 2 * DAY_MS;
const TEN_YEARS_MS = 3653 * DAY_MS;

/** An occurrence with the wall times behind it, which the calendar feed writes out. */
export interface PlannedOccurrence extends Occurrence {
  /** When the rule put it, before any move: 'YYYY-MM-DDTHH:mm' local. */
  scheduledLocal: string;
  /** When it happens: the moved time or the scheduled one. */
  startLocal: string;
}

export class RecurrenceError extends Error {
  override name = 'RecurrenceError';
}

const floating = (wall: WallTime) => new Date(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute));
const wallOfFloating = (date: Date): WallTime => ({
  year: date.getUTCFullYear(),
  month: date.getUTCMonth() + 1,
  day: date.getUTCDate(),
  hour: date.getUTCHours(),
  minute: date.getUTCMinutes(),
});

/** Parses an RFC 5545 RRULE value (no DTSTART), refusing what rrule would silently misread. */
export function parseRule(text: string, start: WallTime): { rule: Rule; rrule: string } {
  const value = text.trim().replace(/^RRULE:/i, '');
  if (!value || /[\r\n]/.test(value) || /DTSTART/i.test(value)) {
    throw new RecurrenceError('the rule must be one RRULE value such as FREQ=WEEKLY;BYDAY=TH, without DTSTART');
  }
  let options: Partial<ConstructorParameters<typeof RRule>[0]>;
  try {
    options = RRule.parseString(value);
  } catch (error) {
    throw new RecurrenceError(`not a valid recurrence rule: ${(error as Error).message}`);
  }
  if (options.freq === undefined) throw new RecurrenceError('the rule needs a FREQ (e.g. FREQ=WEEKLY)');
  if (options.freq === Frequency.MINUTELY || options.freq === Frequency.SECONDLY) {
    throw new RecurrenceError('meetings cannot repeat more often than hourly');
  }
  // rrule reads an unknown BYDAY such as XX as `undefined` instead of failing.
  const lists = Object.values(options).filter(Array.isArray) as unknown[][];
  if (lists.some((list) => list.some((entry) => entry === undefined || (typeof entry === 'number' && Number.isNaN(entry))))) {
    throw new RecurrenceError('the rule has a value rrule does not understand (check BYDAY, BYMONTH...)');
  }
  // Written back by rrule itself: the feed carries a canonical RRULE line.
  return { rule: new RRule({ ...options, dtstart: floating(start), tzid: null }), rrule: RRule.optionsToString(options) };
}

/** A schedule ready to answer questions about its occurrences. */
export class Recurrence {
  private readonly rule: Rule;
  /** The rule as a canonical 'RRULE:...' line. */
  readonly rrule: string;
  private readonly durationMs: number;
  private readonly cancelled = new Set<string>();
  private readonly moved = new Map<string, WallTime>();
  /** The first occurrence: `startLocal` itself, or the rule's first match after it. */
  readonly firstLocal: WallTime | undefined;

  constructor(readonly schedule: SeriesSchedule) {
    const start = parseWallTime(schedule.startLocal);
    if (!start) throw new RecurrenceError(`${schedule.startLocal} is not a real date and time`);
    ({ rule: this.rule, rrule: this.rrule } = parseRule(schedule.rrule, start));
    this.durationMs = schedule.durationMinutes * 60_000;
    for (const exception of schedule.exceptions) {
      if (exception.kind === 'cancelled') this.cancelled.add(exception.date);
      else {
        const to = parseWallTime(exception.startLocal);
        if (to) this.moved.set(exception.date, to);
      }
    }
    // Bounded: a rule that never matches (30 February) must not make rrule scan to year 9999.
    const from = floating(start);
    const [first] = this.rule.between(from, new Date(from.getTime() + TEN_YEARS_MS), true, (_date, length) => length < 1);
    this.firstLocal = first ? wallOfFloating(first) : undefined;
  }

  get timeZone(): string {
    return this.schedule.timeZone;
  }

  /** The rule's wall times on one local date (usually one). */
  scheduledOn(date: string): WallTime[] {
    const day = parseWallTime(date);
    if (!day) return [];
    const from = floating(day);
    return this.rule.between(from, new Date(from.getTime() + DAY_MS), true).filter((d) => d.getTime() < from.getTime() + DAY_MS).map(wallOfFloating);
  }

  /** The occurrences the rule schedules on one local date, with their exceptions applied. */
  plannedOn(date: string): PlannedOccurrence[] {
    return this.scheduledOn(date).map((wall) => this.plan(wall));
  }

  /** Occurrences that overlap [from, to), cancelled ones included, by start. */
  between(from: number, to: number): PlannedOccurrence[] {
    const found = this.rule
      .between(new Date(from - MARGIN_MS - this.durationMs), new Date(to + MARGIN_MS), true)
      .map((date) => this.plan(wallOfFloating(date)));
    return this.withMovedIn(found, from, to).filter((o) => o.start < to && o.end > from);
  }

  /** The next `count` occurrences not over at `now` (cancelled ones included, and marked). */
  next(now: number, count: number): PlannedOccurrence[] {
    const horizon = now + MARGIN_MS;
    let ahead = 0;
    // Stops once `count` occurrences lie surely in the future; moves are added separately.
    const dates = this.rule.between(new Date(now - MARGIN_MS - this.durationMs), new Date(now + TEN_YEARS_MS), true, (date) => {
      if (date.getTime() > horizon) ahead++;
      return ahead <= count;
    });
    const found = dates.map((date) => this.plan(wallOfFloating(date)));
    return this.withMovedIn(found, now, Number.POSITIVE_INFINITY)
      .filter((o) => o.end > now)
      .slice(0, count);
  }

  private plan(scheduled: WallTime): PlannedOccurrence {
    const date = formatDate(scheduled);
    const movedTo = this.moved.get(date);
    const actual = movedTo ?? scheduled;
    const start = wallTimeToInstant(actual, this.timeZone);
    return {
      start,
      end: start + this.durationMs,
      date,
      cancelled: this.cancelled.has(date),
      moved: movedTo !== undefined,
      scheduledLocal: formatWallTime(scheduled),
      startLocal: formatWallTime(actual),
    };
  }

  /** Adds occurrences moved into the window from a date outside it; sorts by start. */
  private withMovedIn(found: PlannedOccurrence[], from: number, to: number): PlannedOccurrence[] {
    const seen = new Set(found.map((o) => o.scheduledLocal));
    for (const date of this.moved.keys()) {
      for (const occurrence of this.plannedOn(date)) {
        if (!seen.has(occurrence.scheduledLocal) && occurrence.start < to && occurrence.end > from) found.push(occurrence);
      }
    }
    return found.sort((a, b) => a.start - b.start);
  }
}
