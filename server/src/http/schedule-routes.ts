import express, { type Router } from 'express';
import { z } from 'zod';
import {
  roomNameSchema,
  seriesScheduleSchema,
  type Occurrence,
  type RoomListing,
  type ScheduleResponse,
} from '@palabre/shared';
import { sameSecret } from '../rooms/seating.js';
import { checkSchedule } from '../schedule/check-schedule.js';
import { lastMeeting } from '../schedule/last-meeting.js';
import { Recurrence, type PlannedOccurrence } from '../schedule/recurrence.js';
import type { MinutesStore } from '../storage/minutes-store.js';
import type { RoomStore } from '../storage/room-store.js';
import type { SeriesStore } from '../storage/series-store.js';
import { jsonBodyErrors, sendError } from './api-errors.js';

export interface ScheduleRouteDeps {
  rooms: RoomStore;
  series: SeriesStore;
  minutes: MinutesStore;
  now?: () => number;
}

const UPCOMING = 5;

/** The contract's Occurrence, without the wall times the feed needs. */
const occurrence = ({ start, end, date, cancelled, moved }: PlannedOccurrence): Occurrence => ({ start, end, date, cancelled, moved });

/**
 * A room's recurring series: anyone with the link reads it with the next occurrences and what
 * the last meeting left open; only a facilitator (the room's facilitator secret in
 * X-Facilitator-Token) sets or removes it. And the instance's list of rooms that chose to be listed.
 */
export function scheduleRoutes({ rooms, series, minutes, now = Date.now }: ScheduleRouteDeps): Router {
  const router = express.Router();
  router.use('/api/rooms/:room/schedule', express.json({ limit: '64kb' }));

  const roomOf = (request: express.Request, response: express.Response): string | undefined => {
    const room = roomNameSchema.safeParse(request.params.room);
    if (!room.success) sendError(response, 400, 'INVALID_PAYLOAD', 'not a room name');
    return room.success ? room.data : undefined;
  };

  const facilitatorOnly = (room: string, request: express.Request, response: express.Response): boolean => {
    const secret = rooms.facilitatorToken(room);
    const given = request.get('x-facilitator-token');
    if (secret !== undefined && given !== undefined && sameSecret(given, secret)) return true;
    sendError(response, 403, 'FORBIDDEN', "only the room's facilitators can change its schedule (X-Facilitator-Token)");
    return false;
  };

  const describe = (room: string): ScheduleResponse => {
    const stored = series.get(room);
    return {
      schedule: stored?.schedule ?? null,
      upcoming: stored ? new Recurrence(stored.schedule).next(now(), UPCOMING).map(occurrence) : [],
      lastMeeting: lastMeeting(room, minutes),
    };
  };

  router.get('/api/rooms', (_request, response) => {
    const at = now();
    const listed: RoomListing[] = series.listed().map((stored) => {
      const next = new Recurrence(stored.schedule).next(at, UPCOMING).find((o) => !o.cancelled);
      return { room: stored.room, title: stored.schedule.title, next: next ? occurrence(next) : null };
    });
    // Soonest first; a series with nothing ahead goes last.
    listed.sort((a, b) => (a.next?.start ?? Infinity) - (b.next?.start ?? Infinity) || a.room.localeCompare(b.room));
    response.json({ rooms: listed });
  });

  router.get('/api/rooms/:room/schedule', (request, response) => {
    const room = roomOf(request, response);
    if (room) response.json(describe(room));
  });

  router.put('/api/rooms/:room/schedule', (request, response) => {
    const room = roomOf(request, response);
    if (!room || !facilitatorOnly(room, request, response)) return;
    const parsed = seriesScheduleSchema.safeParse(request.body);
    if (!parsed.success) {
      sendError(response, 400, 'INVALID_PAYLOAD', z.prettifyError(parsed.error));
      return;
    }
    const checked = checkSchedule(parsed.data);
    if ('problem' in checked) {
      sendError(response, 400, 'INVALID_PAYLOAD', checked.problem);
      return;
    }
    series.put(room, parsed.data, now());
    response.json(describe(room));
  });

  router.delete('/api/rooms/:room/schedule', (request, response) => {
    const room = roomOf(request, response);
    if (!room || !facilitatorOnly(room, request, response)) return;
    series.delete(room);
    response.status(204).end();
  });

  router.use(jsonBodyErrors('64 KiB'));
  return router;
}
