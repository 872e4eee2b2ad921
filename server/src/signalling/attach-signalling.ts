import { registerChatHandlers } from './chat-handlers.js';
import type { SignallingContext } from './context.js';
import { registerFacilitationHandlers } from './facilitation-handlers.js';
import { registerMediaHandlers } from './media-handlers.js';
import { registerRoomHandlers } from './room-handlers.js';
import type { PalabreServer } from './types.js';

export function attachSignalling(io: PalabreServer, context: SignallingContext): void {
  io.on('connection', (socket) => {
    registerRoomHandlers(socket, context);
    registerMediaHandlers(socket, context);
    registerFacilitationHandlers(socket, context);
    registerChatHandlers(socket, context);
  });
}
