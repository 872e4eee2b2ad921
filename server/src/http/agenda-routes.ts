import express, { type Router } from 'express';
import { z } from 'zod';
import { agendaProposalSchema, roomNameSchema, type AgendaDraft } from '@palabre/shared';
import { Meeting } from '../facilitation/meeting.js';
import type { RoomManager } from '../rooms/room-manager.js';
import type { RoomStorage } from '../rooms/room-storage.js';
import { orderQueue } from '../facilitation/queue-order.js';

/**
 * The agenda before the call: anyone with the room link reads it and proposes items. A live
 * room shows a proposal to everyone in the call at once.
 */
export function agendaRoutes(rooms: RoomManager, storage: RoomStorage): Router {
  const router = express.Router();
  router.use(express.json({ limit: '16kb' }));

  router.get('/api/rooms/:room/agenda', (request, response) => {
    const room = roomNameSchema.safeParse(request.params.room);
    if (!room.success) {
      response.status(400).json({ error: { code: 'INVALID_PAYLOAD', message: 'not a room name' } });
      return;
    }
    const draft: AgendaDraft = { agenda: [] };
    if (storage.rooms.get(room.data)) {
      draft.agenda = storage.meetings.state(storage.meetings.openMeeting(room.data), orderQueue).agenda;
    }
    response.json(draft);
  });

  router.post('/api/rooms/:room/agenda', (request, response) => {
    const room = roomNameSchema.safeParse(request.params.room);
    const proposal = agendaProposalSchema.safeParse(request.body);
    if (!room.success || !proposal.success) {
      const message = !room.success ? 'not a room name' : z.prettifyError(proposal.error!);
      response.status(400).json({ error: { code: 'INVALID_PAYLOAD', message } });
      return;
    }
    const { proposedBy, ...item } = proposal.data;
    const actor = { id: 'web', name: proposedBy, role: 'participant' as const };
    const live = rooms.get(room.data);
    let itemId: string;
    if (live) {
      itemId = live.changeMeeting((meeting) => meeting.addItem(actor, item));
    } else {
      storage.rooms.touch(room.data);
      const meeting = new Meeting(storage.meetings.openMeeting(room.data), storage.meetings, storage.chat);
      itemId = meeting.addItem(actor, item);
    }
    response.status(201).json({ itemId });
  });

  // A malformed JSON body is the client's mistake, said as clearly as any other.
  router.use(((error, _request, response, next) => {
    if (error instanceof SyntaxError || (error as { type?: string }).type === 'entity.too.large') {
      response.status(400).json({ error: { code: 'INVALID_PAYLOAD', message: 'the body must be JSON under 16 KiB' } });
      return;
    }
    next(error);
  }) as express.ErrorRequestHandler);
  return router;
}
