import { AppError, PROTOCOL_VERSION } from '@palabre/shared';
import type { SignallingContext } from './context.js';
import { handle } from './handle.js';
import { currentMembership, requireMembership } from './membership.js';
import type { PalabreSocket } from './types.js';

/** Joining, leaving, and what a dropped connection means for the seat. */
export function registerRoomHandlers(socket: PalabreSocket, context: SignallingContext): void {
  const { rooms, logger, iceServers } = context;

  handle(socket, 'room:join', logger, async ({ protocolVersion, room: roomName, name, resumeToken, facilitatorToken, firstTime, namedInReport }) => {
    if (protocolVersion !== PROTOCOL_VERSION) {
      throw new AppError(
        'PROTOCOL_MISMATCH',
        `this page speaks protocol ${protocolVersion}, the server ${PROTOCOL_VERSION}: reload the page`,
      );
    }
    if (currentMembership(socket, rooms)) throw new AppError('ALREADY_JOINED', 'this connection is already in a room');
    const room = await rooms.getOrCreate(roomName);
    const peer = room.join(socket, { name, resumeToken, facilitatorToken, firstTime, namedInReport });
    socket.data.roomName = room.name;
    socket.data.peerId = peer.id;
    return {
      self: peer.info(),
      resumeToken: peer.resumeToken,
      peers: room.otherPeers(peer),
      routerRtpCapabilities: room.routerRtpCapabilities,
      iceServers,
      activeSpeakerId: room.activeSpeakerId,
      role: peer.role,
      facilitatorToken: room.facilitatorTokenFor(peer),
      meeting: room.meeting.state(),
      chat: room.meeting.recentChat(),
      live: room.liveState,
      linkedLive: room.linkedLive,
    };
  });

  handle(socket, 'room:leave', logger, () => {
    const { room, peer } = requireMembership(socket, rooms);
    room.leave(peer);
    socket.data = {};
    return {};
  });

  socket.on('disconnect', () => {
    const membership = currentMembership(socket, rooms);
    if (membership) membership.room.disconnected(membership.peer);
  });
}
