import { z } from 'zod';
import { errors as mediasoupErrors } from 'mediasoup';
import {
  AppError,
  requestSchemas,
  type Ack,
  type AppErrorShape,
  type ParsedRequest,
  type RequestName,
  type ResponseMap,
} from '@palabre/shared';
import type { Logger } from '../observability/logger.js';
import type { PalabreSocket } from './types.js';

export type RequestHandler<N extends RequestName> = (
  payload: ParsedRequest<N>,
) => Promise<ResponseMap[N]> | ResponseMap[N];

/** Each socket's requests run one after another, so a client never races itself. */
const queues = new WeakMap<PalabreSocket, Promise<unknown>>();

/**
 * Registers a request handler behind the boundary: the payload is parsed with its zod schema
 * before any room code runs, the handler's result or error becomes the one ack shape, and
 * nothing a client sends can throw past here.
 */
export function handle<N extends RequestName>(
  socket: PalabreSocket,
  name: N,
  logger: Logger,
  handler: RequestHandler<N>,
): void {
  const listener = (...args: unknown[]) => {
    const last = args.at(-1);
    if (typeof last !== 'function') {
      logger.debug({ event: name }, 'request without ack ignored');
      return;
    }
    const ack = last as (result: Ack<ResponseMap[N]>) => void;
    const raw = args.length > 1 ? args[0] : undefined;
    const previous = queues.get(socket) ?? Promise.resolve();
    const run = previous.then(() => execute(name, raw, handler, logger)).then(ack);
    queues.set(socket, run.catch(() => undefined));
  };
  socket.on(name, listener as never);
}

async function execute<N extends RequestName>(
  name: N,
  raw: unknown,
  handler: RequestHandler<N>,
  logger: Logger,
): Promise<Ack<ResponseMap[N]>> {
  const parsed = requestSchemas[name].safeParse(raw);
  if (!parsed.success) {
    return { ok: false, error: { code: 'INVALID_PAYLOAD', message: `${name}: ${z.prettifyError(parsed.error)}` } };
  }
  try {
    const data = await handler(parsed.data as ParsedRequest<N>);
    return { ok: true, data };
  } catch (error) {
    return { ok: false, error: toErrorShape(name, error, logger) };
  }
}

function toErrorShape(name: string, error: unknown, logger: Logger): AppErrorShape {
  if (error instanceof AppError) return error.toJSON();
  // mediasoup rejects semantically wrong parameters (unknown codec, bad DTLS role...) with these.
  if (error instanceof TypeError || error instanceof mediasoupErrors.UnsupportedError) {
    return { code: 'INVALID_PAYLOAD', message: `${name}: ${error.message}` };
  }
  if (error instanceof mediasoupErrors.NotFoundError) {
    return { code: 'NOT_FOUND', message: `${name}: ${error.message}` };
  }
  if (error instanceof mediasoupErrors.WorkerClosedError) {
    return { code: 'MEDIA_UNAVAILABLE', message: `${name}: media server restarting, try again` };
  }
  logger.error({ err: error, event: name }, 'request failed');
  return { code: 'INTERNAL', message: `${name} failed on the server` };
}
