import express, { type Router } from 'express';
import { DEFAULT_WELCOME_TITLE, roomNameSchema } from '@palabre/shared';
import { orderQueue } from '../facilitation/queue-order.js';
import { calendarFeed, type FeedSeries } from '../schedule/calendar-feed.js';
import { Recurrence } from '../schedule/recurrence.js';
import type { MeetingStore } from '../storage/meeting-store.js';
import type { MinutesStore } from '../storage/minutes-store.js';
import type { SeriesStore, StoredSeries } from '../storage/series-store.js';

export interface CalendarRouteDeps {
  series: SeriesStore;
  meetings: MeetingStore;
  minutes: MinutesStore;
  /** The instance's public address; without it, links are built from the request's host. */
  publicUrl?: string | undefined;
  now?: () => number;
}

/**
 * iCalendar feeds, subscribable with webcal://: `/calendar.ics` has every listed room's series,
 * `/r/<room>/calendar.ics` one room's (listed or not: whoever has the room link may subscribe).
 * Mounted before the client's pages, whose /r/* fallback would otherwise answer.
 */
export function calendarRoutes({ series, meetings, minutes, publicUrl, now = Date.now }: CalendarRouteDeps): Router {
  const router = express.Router();

  const feedEntry = (stored: StoredSeries): FeedSeries => {
    const { schedule } = stored;
    const agendaTitles = meetings.state(meetings.openMeeting(stored.room), orderQueue).agenda.map((item) => item.title);
    // The welcome item joins the agenda when the meeting opens; the calendar announces it already.
    const welcome = schedule.welcomeTitle ?? DEFAULT_WELCOME_TITLE;
    if (schedule.welcomeItem && !agendaTitles.includes(welcome)) agendaTitles.unshift(welcome);
    const pastMeetings = minutes
      .history(stored.room)
      .flatMap((entry) => (entry.status === 'ended' && entry.startedAt !== null ? [{ meetingId: entry.meetingId, startedAt: entry.startedAt }] : []));
    return { stored, recurrence: new Recurrence(schedule), agendaTitles, pastMeetings };
  };

  const send = (request: express.Request, response: express.Response, name: string, stored: StoredSeries[]) => {
    const baseUrl = (publicUrl ?? `${request.protocol}://${request.get('host') ?? 'localhost'}`).replace(/\/+$/, '');
    const body = calendarFeed(stored.map(feedEntry), { name, baseUrl, host: new URL(baseUrl).hostname, now: now() });
    response.setHeader('Cache-Control', 'no-cache');
    response.type('text/calendar; charset=utf-8').send(body);
  };

  router.get('/calendar.ics', (request, response) => {
    send(request, response, 'Palabre', series.listed());
  });

  router.get('/r/:room/calendar.ics', (request, response) => {
    const room = roomNameSchema.safeParse(request.params.room);
    if (!room.success) {
      response.status(404).type('text/plain').send('No such room: names use lower-case letters, digits and dashes.');
      return;
    }
    // A room without a series gives an empty calendar, so a subscriber's copy empties too.
    const stored = series.get(room.data);
    send(request, response, stored?.schedule.title ?? room.data, stored ? [stored] : []);
  });

  return router;
}
