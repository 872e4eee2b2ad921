import { registerChatHandlers } from './chat-handlers.js';
import { registerFacilitationHandlers } from './facilitation-handlers.js';
import { registerLinkHandlers, type LinkContext } from './link-handlers.js';
import { registerLiveHandlers, type LiveContext } from './live-handlers.js';
import { registerMediaHandlers } from './media-handlers.js';
import { registerMinutesHandlers, type MinutesContext } from './minutes-handlers.js';
import { registerRoomHandlers } from './room-handlers.js';
import type { PalabreServer } from './types.js';

export function attachSignalling(io: PalabreServer, context: MinutesContext & LiveContext & LinkContext): void {
  io.on('connection', (socket) => {
    registerRoomHandlers(socket, context);
    registerMediaHandlers(socket, context);
    registerFacilitationHandlers(socket, context);
    registerChatHandlers(socket, context);
    registerMinutesHandlers(socket, context);
    registerLiveHandlers(socket, context);
    registerLinkHandlers(socket, context);
  });
}
