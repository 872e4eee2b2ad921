import express, { type Router } from 'express';
import { reviewMinutesSyncSchema, reviewMinutesUpdateSchema } from '@palabre/shared';
import type { PublishingService } from '../publishing/publishing-service.js';
import type { RoomStore } from '../storage/room-store.js';
import { jsonBodyErrors } from './api-errors.js';
import { facilitatorRoute, parseBody } from './facilitator-route.js';
import { reportInRoom, reportParams } from './publishing-routes.js';

const PATH = '/api/rooms/:room/reports/:reportId/minutes';

/**
 * Facilitators fix the minutes during the review, with the call's editor: Yjs sync step 1 and
 * updates over HTTP, bytes in base64 (see ReviewMinutes). Mounted before the agenda routes,
 * whose 16 KiB JSON parser would refuse an update of a few hundred kilobytes.
 */
export function reviewMinutesRoutes(publishing: PublishingService, rooms: RoomStore): Router {
  const router = express.Router();
  const facilitator = facilitatorRoute(rooms, "only the room's facilitators can correct its minutes after the meeting");
  // A 256 KiB update in base64, with its JSON.
  router.use(PATH, express.json({ limit: '400kb' }));

  router.post(
    `${PATH}/sync`,
    facilitator(reportParams, ({ room, reportId }, request, response) => {
      const { stateVector } = parseBody(reviewMinutesSyncSchema, request.body);
      response.json(publishing.review.sync(reportInRoom(publishing.reports, room, reportId), stateVector));
    }),
  );

  router.post(
    `${PATH}/update`,
    facilitator(reportParams, ({ room, reportId }, request, response) => {
      const { update } = parseBody(reviewMinutesUpdateSchema, request.body);
      publishing.review.update(reportInRoom(publishing.reports, room, reportId), update);
      response.json({});
    }),
  );

  router.use(jsonBodyErrors('400 KiB'));
  return router;
}
