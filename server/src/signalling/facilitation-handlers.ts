import type { ParsedRequest, RequestName, ResponseMap } from '@palabre/shared';
import type { Actor, Meeting } from '../facilitation/meeting.js';
import type { Room } from '../rooms/room.js';
import type { SignallingContext } from './context.js';
import { handle } from './handle.js';
import { requireMembership } from './membership.js';
import type { PalabreSocket } from './types.js';

type MeetingChange<N extends RequestName> = (
  meeting: Meeting,
  actor: Actor,
  payload: ParsedRequest<N>,
  room: Room,
) => ResponseMap[N] | void;

/** Agenda, speaking queue, floor and roles: each change is stored, then shown to everyone. */
export function registerFacilitationHandlers(socket: PalabreSocket, context: SignallingContext): void {
  const { rooms, logger } = context;
  const member = () => requireMembership(socket, rooms);

  const change = <N extends RequestName>(name: N, apply: MeetingChange<N>) =>
    handle(socket, name, logger, (payload) => {
      const { room, peer } = member();
      return room.changeMeeting((meeting) => apply(meeting, peer, payload, room)) ?? ({} as ResponseMap[N]);
    });

  change('agenda:add', (meeting, actor, item) => ({ itemId: meeting.addItem(actor, item) }));
  change('agenda:update', (meeting, actor, { itemId, ...changes }) => meeting.updateItem(actor, itemId, changes));
  change('agenda:move', (meeting, actor, { itemId, toIndex }) => meeting.moveItem(actor, itemId, toIndex));
  change('agenda:remove', (meeting, actor, { itemId }) => meeting.removeItem(actor, itemId));
  change('agenda:setCurrent', (meeting, actor, { itemId }) => meeting.setCurrent(actor, itemId));
  change('agenda:next', (meeting, actor) => meeting.next(actor));
  change('hand:raise', (meeting, actor, { reply }) => meeting.raiseHand(actor, reply));
  change('hand:lower', (meeting, actor) => meeting.lowerHand(actor));
  change('hands:lower', (meeting, actor, { peerId }) => meeting.lowerHands(actor, peerId));
  change('floor:give', (meeting, actor, { peerId }, room) =>
    meeting.giveFloor(actor, peerId, (id) => room.peers.get(id)?.name),
  );
  change('floor:end', (meeting, actor) => meeting.endFloor(actor));
  change('meeting:configure', (meeting, actor, settings) => meeting.configure(actor, settings));

  handle(socket, 'peer:mute', logger, async ({ peerId }) => {
    const { room, peer } = member();
    await room.muteByFacilitator(peer, peerId);
    return {};
  });
  handle(socket, 'meeting:end', logger, () => {
    const { room, peer } = member();
    room.endMeeting(peer);
    return {};
  });
  handle(socket, 'role:grant', logger, ({ peerId, keepMine }) => {
    const { room, peer } = member();
    room.grantRole(peer, peerId, keepMine);
    return {};
  });
}
