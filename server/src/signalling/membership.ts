import { AppError } from '@palabre/shared';
import type { Peer } from '../rooms/peer.js';
import type { Room } from '../rooms/room.js';
import type { RoomManager } from '../rooms/room-manager.js';
import type { PalabreSocket } from './types.js';

export interface Membership {
  room: Room;
  peer: Peer;
}

/** The room and peer of this socket, from `socket.data` only; a payload never names them. */
export function currentMembership(socket: PalabreSocket, rooms: RoomManager): Membership | undefined {
  const { roomName, peerId } = socket.data;
  if (!roomName || !peerId) return undefined;
  const room = rooms.get(roomName);
  const peer = room?.peers.get(peerId);
  if (!room || !peer || peer.socket !== socket) return undefined;
  return { room, peer };
}

export function requireMembership(socket: PalabreSocket, rooms: RoomManager): Membership {
  const membership = currentMembership(socket, rooms);
  if (!membership) throw new AppError('NOT_JOINED', 'join a room first');
  return membership;
}
