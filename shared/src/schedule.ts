import { z } from 'zod';

/*
 * A room's recurring series (its schedule), the occurrences computed from it, the room list and
 * the room's glossary. The server validates the rrule with its iCalendar library and the time
 * zone with Intl; this file stays free of those so the client can load it cheaply.
 */

export const seriesScheduleSchema = z.object({
  title: z.string().trim().min(1).max(120),
  /** RFC 5545 recurrence rule without DTSTART, e.g. 'FREQ=WEEKLY;BYDAY=TH'. */
  rrule: z.string().max(500),
  /** First occurrence, local wall time in timeZone: 'YYYY-MM-DDTHH:mm'. */
  startLocal: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/),
  timeZone: z.string(), // IANA name, validated with Intl
  durationMinutes: z
    .number()
    .int()
    .min(5)
    .max(24 * 60),
  exceptions: z
    .array(
      z.discriminatedUnion('kind', [
        z.object({
          kind: z.literal('cancelled'),
          date: z.string() /* YYYY-MM-DD local date of the occurrence */,
        }),
        z.object({ kind: z.literal('moved'), date: z.string(), startLocal: z.string() }),
      ]),
    )
    .max(200),
  welcomeItem: z.boolean(),
  welcomeTitle: z.string().trim().min(1).max(200).optional(),
  listed: z.boolean(),
});
export type SeriesSchedule = z.infer<typeof seriesScheduleSchema>;
export type SeriesException = SeriesSchedule['exceptions'][number];

/** The title of the standing welcome item when the series does not name it. */
export const DEFAULT_WELCOME_TITLE = 'Accueil / tour de table';

export interface Occurrence {
  start: number;
  end: number;
  /** local date it was scheduled on */
  date: string;
  cancelled: boolean;
  moved: boolean;
}

export interface ScheduleResponse {
  schedule: SeriesSchedule | null;
  upcoming: Occurrence[];
  lastMeeting: {
    meetingId: string;
    openQuestions: { text: string }[];
    actions: { text: string; owner: string; due: string; done: boolean }[];
  } | null;
}

export interface RoomListing {
  room: string;
  title: string;
  next: Occurrence | null;
}

export const glossarySchema = z.object({
  entries: z
    .array(
      z.object({
        term: z.string().trim().min(1).max(80),
        definition: z.string().trim().max(1000),
      }),
    )
    .max(200),
});
export type Glossary = z.infer<typeof glossarySchema>;
