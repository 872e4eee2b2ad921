import { timingSafeEqual } from 'node:crypto';
import type { Role } from '@palabre/shared';
import { newToken } from '../storage/participant-store.js';
import type { RoomStorage } from './room-storage.js';

export interface SeatRequest {
  name: string;
  resumeToken?: string | undefined;
  facilitatorToken?: string | undefined;
  /** Only a new seat takes it: a returning person keeps what they said the first time. */
  firstTime?: boolean | undefined;
  /** Consent to be named in published reports; undefined keeps the last answer. */
  namedInReport?: boolean | undefined;
}

export interface Seat {
  id: string;
  name: string;
  role: Role;
  firstTime: boolean;
  resumeToken: string;
}

/**
 * Who someone is in a room, from their secrets: a known resume token gives back the same
 * durable seat (and role); the room's first person becomes its facilitator and receives the
 * facilitator secret; presenting that secret later makes anyone a facilitator.
 */
export function takeSeat(room: string, request: SeatRequest, storage: RoomStorage): Seat {
  const { participants, rooms } = storage;
  let roomSecret = rooms.facilitatorToken(room);
  const holdsSecret = roomSecret !== undefined && request.facilitatorToken !== undefined && sameSecret(request.facilitatorToken, roomSecret);

  const known = request.resumeToken ? participants.find(room, request.resumeToken) : undefined;
  let seat: Seat;
  if (known && request.resumeToken) {
    if (known.name !== request.name) participants.rename(known.id, request.name);
    seat = { ...known, name: request.name, resumeToken: request.resumeToken };
  } else {
    let role: Role = holdsSecret ? 'facilitator' : 'participant';
    if (roomSecret === undefined) {
      roomSecret = newToken();
      if (rooms.claimFacilitatorToken(room, roomSecret)) role = 'facilitator';
    }
    seat = participants.create(room, request.name, role, request.firstTime ?? false);
  }
  if (holdsSecret && seat.role !== 'facilitator') {
    participants.setRole(seat.id, 'facilitator');
    seat.role = 'facilitator';
  }
  return seat;
}

export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
