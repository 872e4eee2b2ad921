import type { LiveRegistry } from '../live/live-registry.js';
import type { SignallingContext } from './context.js';
import { handle } from './handle.js';
import { requireMembership } from './membership.js';
import type { PalabreSocket } from './types.js';

export interface LiveContext extends SignallingContext {
  live: LiveRegistry;
}

/** Facilitators start and stop the room's live stream; everyone sees `live:changed`. */
export function registerLiveHandlers(socket: PalabreSocket, context: LiveContext): void {
  const { rooms, logger, live } = context;
  const member = () => requireMembership(socket, rooms);

  handle(socket, 'live:start', logger, ({ mode, rtmpUrl }) => {
    const { room, peer } = member();
    return { state: live.start(room, peer, { mode, rtmpUrl }) };
  });
  handle(socket, 'live:stop', logger, async () => {
    const { room, peer } = member();
    await live.stop(room, peer);
    return {};
  });
}
