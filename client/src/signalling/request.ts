import type { Ack, ErrorCode, RequestName, RequestPayload, ResponseMap } from '@palabre/shared';

/** The server's codes, plus what can go wrong before a reply arrives. */
export type RequestErrorCode = ErrorCode | 'TIMEOUT' | 'DISCONNECTED';

export class RequestError extends Error {
  constructor(
    readonly code: RequestErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

/** What the helper needs from a Socket.IO client socket (a fake in tests). */
export interface AckEmitter {
  readonly connected: boolean;
  timeout(ms: number): { emitWithAck(event: string, payload: unknown): Promise<unknown> };
}

export type Request = <N extends RequestName>(name: N, payload: RequestPayload<N>) => Promise<ResponseMap[N]>;

export const REQUEST_TIMEOUT_MS = 10_000;

/**
 * Turns a request into a promise of its data: `{ ok: true, data }` resolves, `{ ok: false }`
 * throws a RequestError with the server's code, no reply in time throws TIMEOUT.
 */
export function createRequest(socket: AckEmitter, timeoutMs = REQUEST_TIMEOUT_MS): Request {
  return async <N extends RequestName>(name: N, payload: RequestPayload<N>): Promise<ResponseMap[N]> => {
    // Socket.IO buffers emits while disconnected and would replay them, out of context, ahead of
    // the next room:join: fail at once instead and let the rejoin set things up again.
    if (!socket.connected) throw new RequestError('DISCONNECTED', `${name}: not connected`);
    let ack: unknown;
    try {
      ack = await socket.timeout(timeoutMs).emitWithAck(name, payload);
    } catch {
      // Socket.IO rejects on timeout and on a disconnection before the reply.
      const code = socket.connected ? 'TIMEOUT' : 'DISCONNECTED';
      throw new RequestError(code, `${name}: no reply from the server`);
    }
    return unwrapAck(name, ack as Ack<ResponseMap[N]>);
  };
}

export function unwrapAck<T>(name: string, ack: Ack<T>): T {
  if (ack && typeof ack === 'object' && 'ok' in ack) {
    if (ack.ok) return ack.data;
    throw new RequestError(ack.error.code, ack.error.message);
  }
  throw new RequestError('INTERNAL', `${name}: malformed reply`);
}
