import type { MinutesRegistry } from '../minutes/minutes-registry.js';
import type { SignallingContext } from './context.js';
import { handle } from './handle.js';
import { requireMembership } from './membership.js';
import type { PalabreSocket } from './types.js';

export interface MinutesContext extends SignallingContext {
  minutes: MinutesRegistry;
}

/**
 * Shared minutes over the call's connection. The document is always that of the meeting of the
 * room this socket joined (from `socket.data`): no payload names a room or a meeting, so a peer
 * of another room can neither read nor write it.
 */
export function registerMinutesHandlers(socket: PalabreSocket, context: MinutesContext): void {
  const { rooms, logger, minutes } = context;
  const open = () => minutes.open(requireMembership(socket, rooms).room);

  handle(socket, 'minutes:sync', logger, ({ stateVector }) => open().sync(stateVector));
  handle(socket, 'minutes:update', logger, ({ update }) => {
    open().applyClientUpdate(socket, update);
    return {};
  });
  handle(socket, 'minutes:awareness', logger, ({ update }) => {
    open().awareness.apply(socket, update);
    return {};
  });

  // Cursors go as soon as the connection does, without waiting for the seat's grace period.
  socket.on('disconnect', () => minutes.forget(socket));
  socket.on('room:leave', () => minutes.forget(socket));
}
