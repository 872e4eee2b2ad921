import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, InterServerEvents, ServerToClientEvents } from '@palabre/shared';

/** What the server knows about a connection: identity lives here, never in payloads. */
export interface SocketData {
  roomName?: string;
  peerId?: string;
}

export type PalabreServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type PalabreSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
