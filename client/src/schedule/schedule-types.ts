/* The schedule contract (shared/src/schedule.ts), under the names the client uses. */
export type { Glossary, Occurrence, RoomListing, ScheduleResponse, SeriesException as ScheduleException, SeriesSchedule } from '@palabre/shared';
