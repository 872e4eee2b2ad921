import type { Request, Response } from 'express';
import { z } from 'zod';
import { AppError } from '@palabre/shared';
import { sameSecret } from '../rooms/seating.js';
import type { RoomStore } from '../storage/room-store.js';

const STATUS_OF_CODE: Partial<Record<string, number>> = { INVALID_PAYLOAD: 400, FORBIDDEN: 403, NOT_FOUND: 404 };

/**
 * Wraps a handler that only a room's facilitators may call, after the call too: its path
 * parameters parsed, the room's facilitator secret checked (`Authorization: Bearer <token>`),
 * and an AppError it throws answered in the API's one shape. Anything else is a server error.
 */
export function facilitatorRoute(rooms: RoomStore, refusal: string) {
  return <S extends z.ZodType<{ room: string }>>(params: S, run: (p: z.output<S>, request: Request, response: Response) => void) =>
    (request: Request, response: Response) => {
      try {
        const parsed = params.safeParse(request.params);
        if (!parsed.success) throw new AppError('INVALID_PAYLOAD', z.prettifyError(parsed.error));
        const secret = rooms.facilitatorToken(parsed.data.room);
        const given = /^Bearer (.+)$/.exec(request.get('authorization') ?? '')?.[1];
        if (!secret || !given || !sameSecret(given, secret)) throw new AppError('FORBIDDEN', refusal);
        run(parsed.data, request, response);
      } catch (error) {
        const httpStatus = error instanceof AppError ? STATUS_OF_CODE[error.code] : undefined;
        if (httpStatus === undefined) throw error;
        response.status(httpStatus).json({ error: (error as AppError).toJSON() });
      }
    };
}

/** A body parsed with its schema from shared/, or a clear INVALID_PAYLOAD. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new AppError('INVALID_PAYLOAD', z.prettifyError(parsed.error));
  return parsed.data;
}
