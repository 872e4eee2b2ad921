import { io, type Socket } from 'socket.io-client';
import type {
  Ack,
  ClientToServerEvents,
  RequestName,
  RequestPayload,
  ResponseMap,
  ServerToClientEvents,
} from '@palabre/shared';

export type BotSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** The same typed Socket.IO connection the web client opens, over WebSocket only. */
export async function connectSignalling(url: string): Promise<BotSocket> {
  const socket: BotSocket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return socket;
}

export class RequestError extends Error {
  override name = 'RequestError';
}

/** Sends a request and returns its data, or throws with the server's error code. */
export async function request<N extends RequestName>(
  socket: BotSocket,
  name: N,
  payload: RequestPayload<N>,
  timeoutMs = 20_000,
): Promise<ResponseMap[N]> {
  // emitWithAck's typing cannot follow a generic event name; the contract types both ends.
  const timed = socket.timeout(timeoutMs) as unknown as { emitWithAck(event: string, payload: unknown): Promise<unknown> };
  const ack = (await timed.emitWithAck(name, payload)) as Ack<ResponseMap[N]>;
  if (!ack.ok) throw new RequestError(`${name}: ${ack.error.code} ${ack.error.message}`);
  return ack.data;
}
