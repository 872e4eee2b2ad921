import express, { type Router } from 'express';
import { z } from 'zod';
import {
  AppError,
  idSchema,
  publishingRetrySchema,
  publishingTargetsUpdateSchema,
  roomNameSchema,
  type ReportPreview,
} from '@palabre/shared';
import { configureTargets } from '../publishing/configure-targets.js';
import { publishingStatus } from '../publishing/publishing-status.js';
import type { PublishingService } from '../publishing/publishing-service.js';
import { renderReport } from '../publishing/render/render-report.js';
import { labelsOf } from '../publishing/report/report-labels.js';
import type { ReportStore } from '../storage/report-store.js';
import type { RoomStore } from '../storage/room-store.js';
import { facilitatorRoute, parseBody } from './facilitator-route.js';

const roomParams = z.object({ room: roomNameSchema });
export const reportParams = z.object({ room: roomNameSchema, reportId: idSchema });

/** The room's report; another room's is as unknown here as a made-up id. */
export function reportInRoom(reports: ReportStore, room: string, reportId: string) {
  const report = reports.get(reportId);
  if (!report || report.room !== room) throw new AppError('NOT_FOUND', 'no such report in this room');
  return report;
}

/**
 * Facilitators steer publishing over HTTP, so it works after the call closed: the status of
 * every report, the room's targets (secrets in, never out), the review preview, "publish now"
 * and "retry". Each request carries the room's facilitator secret as a bearer token. Handlers
 * only read and write rows and wake the publisher: no delivery ever runs inside a request.
 */
export function publishingRoutes(
  publishing: PublishingService,
  rooms: RoomStore,
  options: { allowPrivateHosts: boolean },
): Router {
  const router = express.Router();
  const { reports, targets } = publishing;
  const status = (room: string) => publishingStatus(room, { reports, targets });

  const facilitator = facilitatorRoute(rooms, "only the room's facilitators can manage its publishing");
  const reportOf = (room: string, reportId: string) => reportInRoom(reports, room, reportId);

  router.get(
    '/api/rooms/:room/publishing',
    facilitator(roomParams, ({ room }, _request, response) => void response.json(status(room))),
  );

  router.put(
    '/api/rooms/:room/publishing/targets',
    express.json({ limit: '16kb' }),
    facilitator(roomParams, ({ room }, request, response) => {
      configureTargets(room, parseBody(publishingTargetsUpdateSchema, request.body), targets, options);
      response.json(status(room));
    }),
  );

  router.get(
    '/api/rooms/:room/reports/:reportId/preview',
    facilitator(reportParams, ({ room, reportId }, _request, response) => {
      // What would be published now: the facilitators' corrections so far are in it.
      const document = publishing.freezer.current(reportOf(room, reportId));
      const { markdown, html } = renderReport(document, labelsOf(document, publishing.labels));
      const preview: ReportPreview = { report: document, markdown, html };
      response.json(preview);
    }),
  );

  router.post(
    '/api/rooms/:room/reports/:reportId/publish',
    facilitator(reportParams, ({ room, reportId }, _request, response) => {
      reports.publishNow(reportOf(room, reportId).id, Date.now());
      publishing.wake();
      response.json(status(room));
    }),
  );

  router.post(
    '/api/rooms/:room/reports/:reportId/retry',
    express.json({ limit: '1kb' }),
    facilitator(reportParams, ({ room, reportId }, request, response) => {
      const { target } = parseBody(publishingRetrySchema, request.body);
      if (!reports.retry(reportOf(room, reportId).id, target, Date.now())) {
        throw new AppError('NOT_FOUND', `no ${target} delivery left to retry for this report`);
      }
      publishing.wake();
      response.json(status(room));
    }),
  );

  return router;
}
