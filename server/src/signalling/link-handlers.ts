import type { LinkRegistry } from '../link/link-registry.js';
import type { SignallingContext } from './context.js';
import { handle } from './handle.js';
import { requireMembership } from './membership.js';
import type { PalabreSocket } from './types.js';

export interface LinkContext extends SignallingContext {
  links: LinkRegistry;
}

/** Facilitators invite another room, accept or refuse an invitation, and end a link. */
export function registerLinkHandlers(socket: PalabreSocket, context: LinkContext): void {
  const { rooms, logger, links } = context;
  const member = () => requireMembership(socket, rooms);

  handle(socket, 'link:request', logger, ({ room: other }) => {
    const { room, peer } = member();
    return links.invite(room, peer, other);
  });
  handle(socket, 'link:answer', logger, async ({ inviteId, accept }) => {
    const { room, peer } = member();
    return links.answer(room, peer, inviteId, accept);
  });
  handle(socket, 'link:end', logger, ({ room: other }) => {
    const { room, peer } = member();
    links.end(room, peer, other);
    return {};
  });
}
