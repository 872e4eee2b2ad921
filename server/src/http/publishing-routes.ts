import express, { type Request, type Response, type Router } from 'express';
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
import { sameSecret } from '../rooms/seating.js';
import type { RoomStore } from '../storage/room-store.js';

const roomParams = z.object({ room: roomNameSchema });
const reportParams = z.object({ room: roomNameSchema, reportId: idSchema });

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

  /** Runs a handler for a facilitator of the room, answering errors in the API's one shape. */
  const facilitator =
    <S extends z.ZodType<{ room: string }>>(params: S, run: (p: z.output<S>, request: Request, response: Response) => void) =>
    (request: Request, response: Response) => {
      try {
        const parsed = params.safeParse(request.params);
        if (!parsed.success) throw new AppError('INVALID_PAYLOAD', z.prettifyError(parsed.error));
        const secret = rooms.facilitatorToken(parsed.data.room);
        const given = /^Bearer (.+)$/.exec(request.get('authorization') ?? '')?.[1];
        if (!secret || !given || !sameSecret(given, secret)) {
          throw new AppError('FORBIDDEN', "only the room's facilitators can manage its publishing");
        }
        run(parsed.data, request, response);
      } catch (error) {
        const shape = error instanceof AppError ? error.toJSON() : { code: 'INTERNAL' as const, message: 'publishing request failed' };
        const httpStatus = { INVALID_PAYLOAD: 400, FORBIDDEN: 403, NOT_FOUND: 404 }[shape.code as string] ?? 500;
        if (httpStatus === 500) throw error;
        response.status(httpStatus).json({ error: shape });
      }
    };

  const reportOf = (room: string, reportId: string) => {
    const report = reports.get(reportId);
    // Another room's report is as unknown here as a made-up id.
    if (!report || report.room !== room) throw new AppError('NOT_FOUND', 'no such report in this room');
    return report;
  };

  router.get(
    '/api/rooms/:room/publishing',
    facilitator(roomParams, ({ room }, _request, response) => void response.json(status(room))),
  );

  router.put(
    '/api/rooms/:room/publishing/targets',
    express.json({ limit: '16kb' }),
    facilitator(roomParams, ({ room }, request, response) => {
      const update = publishingTargetsUpdateSchema.safeParse(request.body);
      if (!update.success) throw new AppError('INVALID_PAYLOAD', z.prettifyError(update.error));
      configureTargets(room, update.data, targets, options);
      response.json(status(room));
    }),
  );

  router.get(
    '/api/rooms/:room/reports/:reportId/preview',
    facilitator(reportParams, ({ room, reportId }, _request, response) => {
      const report = reportOf(room, reportId);
      const { markdown, html } = renderReport(report.document, publishing.labels);
      const preview: ReportPreview = { report: report.document, markdown, html };
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
      const body = publishingRetrySchema.safeParse(request.body);
      if (!body.success) throw new AppError('INVALID_PAYLOAD', z.prettifyError(body.error));
      if (!reports.retry(reportOf(room, reportId).id, body.data.target, Date.now())) {
        throw new AppError('NOT_FOUND', `no ${body.data.target} delivery left to retry for this report`);
      }
      publishing.wake();
      response.json(status(room));
    }),
  );

  return router;
}
