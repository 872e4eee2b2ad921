import express, { type Router } from 'express';
import { z } from 'zod';
import {
  idSchema,
  roomNameSchema,
  type MinutesHistoryDetail,
  type MinutesHistoryEntry,
} from '@palabre/shared';
import { readMinutes, summarize, withoutPrivate } from '@palabre/shared/minutes-model';
import type { MinutesStore } from '../storage/minutes-store.js';

const roomParams = z.object({ room: roomNameSchema });
const meetingParams = z.object({ room: roomNameSchema, meetingId: idSchema });

/**
 * The minutes of a room's meetings, for anyone with the room link: the list, and one meeting's
 * minutes without their private parts, with the summary. Read from storage, which holds every
 * acknowledged update, so an open meeting reads as it is now.
 */
export function minutesRoutes(store: MinutesStore): Router {
  const router = express.Router();

  router.get('/api/rooms/:room/minutes', (request, response) => {
    const params = roomParams.safeParse(request.params);
    if (!params.success) {
      response.status(400).json({ error: { code: 'INVALID_PAYLOAD', message: z.prettifyError(params.error) } });
      return;
    }
    const history: MinutesHistoryEntry[] = store.history(params.data.room);
    response.json(history);
  });

  router.get('/api/rooms/:room/minutes/:meetingId', (request, response) => {
    const params = meetingParams.safeParse(request.params);
    if (!params.success) {
      response.status(400).json({ error: { code: 'INVALID_PAYLOAD', message: z.prettifyError(params.error) } });
      return;
    }
    const { room, meetingId } = params.data;
    // Another room's meeting is as unknown here as a made-up id.
    const entry = store.entry(room, meetingId);
    if (!entry) {
      response.status(404).json({ error: { code: 'NOT_FOUND', message: 'no minutes for that meeting in this room' } });
      return;
    }
    const doc = store.replay(meetingId);
    try {
      const minutes = withoutPrivate(readMinutes(doc, meetingId));
      const detail: MinutesHistoryDetail = { ...entry, minutes, summary: summarize(minutes) };
      response.json(detail);
    } finally {
      doc.destroy();
    }
  });

  return router;
}
