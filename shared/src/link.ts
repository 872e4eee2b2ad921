import { z } from 'zod';
import { idSchema, roomNameSchema } from './names.js';

/*
 * Workshop links: two rooms of an event each see the other as one participant tile ("atelier-b"),
 * audio and video both ways. A facilitator of one room invites the other; a facilitator there
 * accepts. Either side's facilitators can end it; it ends when either room closes.
 */

export const linkRequestSchemas = {
  /** Facilitator: invite another open room to link with this one. */
  'link:request': z.object({ room: roomNameSchema }),
  /** Facilitator of the invited room: accept or refuse. */
  'link:answer': z.object({ inviteId: idSchema, accept: z.boolean() }),
  /** Facilitator: end the link with that room (both rooms lose the other's tile). */
  'link:end': z.object({ room: roomNameSchema }),
} as const;

export interface LinkResponses {
  'link:request': { inviteId: string; expiresAt: number };
  'link:answer': { linked: boolean };
  'link:end': Record<string, never>;
}

export interface LinkEvents {
  /** To the invited room's facilitators: another room asks to link (and says if it is streamed live). */
  'link:invited': (event: { inviteId: string; fromRoom: string; expiresAt: number; fromLive: boolean }) => void;
  /** To the inviting room's facilitators: the answer (refused also when the invite expired). */
  'link:answered': (event: { inviteId: string; room: string; accepted: boolean }) => void;
  /**
   * Linked rooms that are streamed live now (consent: this room's people appear in their
   * streams); empty when none is.
   */
  'link:live': (event: { rooms: string[] }) => void;
}
