import express, { type Router } from 'express';
import { z } from 'zod';
import { idSchema, roomNameSchema } from '@palabre/shared';
import { meetingReportState, publishedReports } from '../publishing/publishing-status.js';
import type { ReportStore } from '../storage/report-store.js';
import { sendError } from './api-errors.js';

const roomParams = z.object({ room: roomNameSchema });
const meetingParams = z.object({ room: roomNameSchema, meetingId: idSchema });

/**
 * What anyone with the room link may know of its reports, no secret needed: the published ones
 * with their archive pages, and where one meeting's report stands, so that everyone who was in
 * it gets the link to its own report once published. Nothing here is not public already, or
 * about to be: the text in review and every target's detail stay with the facilitators.
 */
export function publicReportRoutes(reports: ReportStore): Router {
  const router = express.Router();

  router.get('/api/rooms/:room/reports', (request, response) => {
    const params = roomParams.safeParse(request.params);
    if (!params.success) return void sendError(response, 400, 'INVALID_PAYLOAD', z.prettifyError(params.error));
    response.json(publishedReports(params.data.room, reports));
  });

  router.get('/api/rooms/:room/meetings/:meetingId/report', (request, response) => {
    const params = meetingParams.safeParse(request.params);
    if (!params.success) return void sendError(response, 400, 'INVALID_PAYLOAD', z.prettifyError(params.error));
    const { room, meetingId } = params.data;
    const report = reports.forMeeting(meetingId);
    // Another room's meeting is as unknown here as a made-up id; an open meeting has no report yet.
    if (!report || report.room !== room) return void sendError(response, 404, 'NOT_FOUND', 'no report for that meeting in this room (yet)');
    response.json(meetingReportState(report, reports.delivery(report.id, 'archive')));
  });

  return router;
}
