import express, { type Router } from 'express';
import { z } from 'zod';
import { glossarySchema, roomNameSchema, type Glossary } from '@palabre/shared';
import type { GlossaryStore } from '../storage/glossary-store.js';
import type { RoomStore } from '../storage/room-store.js';
import { jsonBodyErrors, sendError } from './api-errors.js';

/**
 * A room's glossary, a shared page of the room: anyone with the link reads and replaces it.
 * The schema bounds it (200 entries, short terms); anything else is refused whole.
 */
export function glossaryRoutes(rooms: RoomStore, glossaries: GlossaryStore): Router {
  const router = express.Router();
  // 200 definitions of 1000 characters, up to 4 bytes each in UTF-8, with their JSON.
  router.use('/api/rooms/:room/glossary', express.json({ limit: '1mb' }));

  router.get('/api/rooms/:room/glossary', (request, response) => {
    const room = roomNameSchema.safeParse(request.params.room);
    if (!room.success) {
      sendError(response, 400, 'INVALID_PAYLOAD', 'not a room name');
      return;
    }
    const glossary: Glossary = glossaries.get(room.data);
    response.json(glossary);
  });

  router.put('/api/rooms/:room/glossary', (request, response) => {
    const room = roomNameSchema.safeParse(request.params.room);
    const glossary = glossarySchema.safeParse(request.body);
    if (!room.success || !glossary.success) {
      sendError(response, 400, 'INVALID_PAYLOAD', !room.success ? 'not a room name' : z.prettifyError(glossary.error!));
      return;
    }
    rooms.touch(room.data);
    glossaries.put(room.data, glossary.data);
    response.json(glossary.data);
  });

  router.use(jsonBodyErrors('1 MiB'));
  return router;
}
