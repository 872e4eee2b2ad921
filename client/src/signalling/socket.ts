import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@palabre/shared';

export type PalabreSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * The signalling socket, same origin. WebSocket only: no long-polling fallback to keep two
 * code paths alive, and the server behind a proxy needs one upgrade rule. Not connected yet:
 * the call session connects it once it has listeners in place.
 */
export function createSocket(): PalabreSocket {
  return io({
    transports: ['websocket'],
    autoConnect: false,
    // A dropped call should come back quickly; the default backoff climbs to 5 s.
    reconnectionDelay: 500,
    reconnectionDelayMax: 2_000,
  });
}
