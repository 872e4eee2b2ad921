import type { LiveRegistry } from '../live/live-registry.js';
import type { SignallingContext } from './context.js';
import { handle } from './handle.js';
import { requireMembership } from './membership.js';
import type { PalabreSocket } from './types.js';

export interface LiveContext extends SignallingContext {
  live: LiveRegistry;
}

/** Facilitators start and stop the room's live stream and set it up; everyone sees `live:changed`. */
export function registerLiveHandlers(socket: PalabreSocket, context: LiveContext): void {
  const { rooms, logger, live } = context;
  const member = () => requireMembership(socket, rooms);

  handle(socket, 'live:start', logger, ({ mode, rtmpUrl }) => {
    const { room, peer } = member();
    return { state: live.start(room, peer, { mode, rtmpUrl }) };
  });
  handle(socket, 'live:settings', logger, () => {
    const { room, peer } = member();
    return live.settings(room, peer);
  });
  handle(socket, 'live:configure', logger, ({ mode, rtmpUrl }) => {
    const { room, peer } = member();
    return live.configure(room, peer, { mode, rtmpUrl });
  });
  handle(socket, 'live:pin', logger, ({ peerId }) => {
    const { room, peer } = member();
    return { state: live.pin(room, peer, peerId) };
  });
  handle(socket, 'live:stop', logger, async () => {
    const { room, peer } = member();
    await live.stop(room, peer);
    return {};
  });
}
