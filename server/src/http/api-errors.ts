import type express from 'express';
import type { ErrorCode } from '@palabre/shared';

/** The JSON API's one error shape: `{ error: { code, message } }`. */
export function sendError(response: express.Response, status: number, code: ErrorCode, message: string): void {
  response.status(status).json({ error: { code, message } });
}

/** A malformed or oversized JSON body is the client's mistake, said as clearly as any other. */
export function jsonBodyErrors(limitText: string): express.ErrorRequestHandler {
  return (error, _request, response, next) => {
    if (error instanceof SyntaxError || (error as { type?: string }).type === 'entity.too.large') {
      sendError(response, 400, 'INVALID_PAYLOAD', `the body must be JSON under ${limitText}`);
      return;
    }
    next(error);
  };
}
