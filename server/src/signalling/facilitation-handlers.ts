import type { SignallingContext } from './context.js';
import { handle } from './handle.js';
import { requireMembership } from './membership.js';
import type { PalabreSocket } from './types.js';

/** Agenda, speaking queue, floor and roles: each change is stored, then shown to everyone. */
export function registerFacilitationHandlers(socket: PalabreSocket, context: SignallingContext): void {
  const { rooms, logger } = context;
  const member = () => requireMembership(socket, rooms);
  const none = {};

  handle(socket, 'agenda:add', logger, (item) => {
    const { room, peer } = member();
    return { itemId: room.changeMeeting((meeting) => meeting.addItem(peer, item)) };
  });
  handle(socket, 'agenda:update', logger, ({ itemId, ...changes }) => {
    const { room, peer } = member();
    room.changeMeeting((meeting) => meeting.updateItem(peer, itemId, changes));
    return none;
  });
  handle(socket, 'agenda:move', logger, ({ itemId, toIndex }) => {
    const { room, peer } = member();
    room.changeMeeting((meeting) => meeting.moveItem(peer, itemId, toIndex));
    return none;
  });
  handle(socket, 'agenda:remove', logger, ({ itemId }) => {
    const { room, peer } = member();
    room.changeMeeting((meeting) => meeting.removeItem(peer, itemId));
    return none;
  });
  handle(socket, 'agenda:setCurrent', logger, ({ itemId }) => {
    const { room, peer } = member();
    room.changeMeeting((meeting) => meeting.setCurrent(peer, itemId));
    return none;
  });
  handle(socket, 'agenda:next', logger, () => {
    const { room, peer } = member();
    room.changeMeeting((meeting) => meeting.next(peer));
    return none;
  });
  handle(socket, 'hand:raise', logger, ({ reply }) => {
    const { room, peer } = member();
    room.changeMeeting((meeting) => meeting.raiseHand(peer, reply));
    return none;
  });
  handle(socket, 'hand:lower', logger, () => {
    const { room, peer } = member();
    room.changeMeeting((meeting) => meeting.lowerHand(peer));
    return none;
  });
  handle(socket, 'hands:lower', logger, ({ peerId }) => {
    const { room, peer } = member();
    room.changeMeeting((meeting) => meeting.lowerHands(peer, peerId));
    return none;
  });
  handle(socket, 'floor:give', logger, ({ peerId }) => {
    const { room, peer } = member();
    room.changeMeeting((meeting) => meeting.giveFloor(peer, peerId, (id) => room.peers.get(id)?.name));
    return none;
  });
  handle(socket, 'floor:end', logger, () => {
    const { room, peer } = member();
    room.changeMeeting((meeting) => meeting.endFloor(peer));
    return none;
  });
  handle(socket, 'meeting:configure', logger, (settings) => {
    const { room, peer } = member();
    room.changeMeeting((meeting) => meeting.configure(peer, settings));
    return none;
  });
  handle(socket, 'peer:mute', logger, async ({ peerId }) => {
    const { room, peer } = member();
    await room.muteByFacilitator(peer, peerId);
    return none;
  });
  handle(socket, 'role:grant', logger, ({ peerId, keepMine }) => {
    const { room, peer } = member();
    room.grantRole(peer, peerId, keepMine);
    return none;
  });
}
