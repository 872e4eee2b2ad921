import type { SignallingContext } from './context.js';
import { handle } from './handle.js';
import { requireMembership } from './membership.js';
import type { PalabreSocket } from './types.js';

/** Chat (stored with the meeting) and reactions (ephemeral). */
export function registerChatHandlers(socket: PalabreSocket, context: SignallingContext): void {
  const { rooms, logger } = context;

  handle(socket, 'chat:send', logger, ({ text }) => {
    const { room, peer } = requireMembership(socket, rooms);
    return { messageId: room.postChat(peer, text).id };
  });

  handle(socket, 'reaction:send', logger, ({ reaction }) => {
    const { room, peer } = requireMembership(socket, rooms);
    room.react(peer, reaction);
    return {};
  });
}
