import { z } from 'zod';
import { idSchema } from './names.js';

/*
 * Facilitation: the agenda with time boxes, the speaking queue, roles, chat and reactions.
 * The server keeps all of it in SQLite and broadcasts a whole `MeetingState` after each change
 * (a few kilobytes), so every screen shows the same thing and a late joiner gets it at once.
 */

export const roleSchema = z.enum(['facilitator', 'participant']);
export type Role = z.infer<typeof roleSchema>;

const titleSchema = z.string().trim().min(1).max(200);
const ownerSchema = z.string().trim().max(80);
const minutesSchema = z.number().int().min(1).max(600);

export interface AgendaItem {
  id: string;
  title: string;
  owner: string | null;
  /** The time box; null when the item has none. */
  durationMinutes: number | null;
  status: 'pending' | 'current' | 'done';
  /** Time already spent on the item in earlier stretches (it can be left and resumed). */
  spentMs: number;
  proposedBy: string;
}

export interface QueueEntry {
  peerId: string;
  name: string;
  /** A direct reply to the current point goes before ordinary requests. */
  reply: boolean;
  raisedAt: number;
}

export interface Speaker {
  peerId: string;
  name: string;
  since: number;
}

export interface MeetingState {
  meetingId: string;
  agenda: AgendaItem[];
  currentItemId: string | null;
  /** When the current stretch of the current item began (server clock, ms). */
  currentItemSince: number | null;
  /** When the first person joined this meeting. */
  startedAt: number | null;
  queue: QueueEntry[];
  speaker: Speaker | null;
  /** Per-speaker limit in seconds; null for none. */
  speakerLimitSeconds: number | null;
  /** People who have not spoken yet on the current item go first. */
  fairMode: boolean;
  /** The server's clock when this state was sent, to correct the client's clock offset. */
  serverTime: number;
}

export interface ChatMessage {
  id: string;
  peerId: string;
  name: string;
  text: string;
  sentAt: number;
}

export const REACTIONS = ['👍', '👎', '✋', '+1', '👏', '❤️', '😂'] as const;
export type Reaction = (typeof REACTIONS)[number];

export const facilitationRequestSchemas = {
  'agenda:add': z.object({
    title: titleSchema,
    owner: ownerSchema.optional(),
    durationMinutes: minutesSchema.optional(),
  }),
  'agenda:update': z.object({
    itemId: idSchema,
    title: titleSchema.optional(),
    owner: ownerSchema.nullable().optional(),
    durationMinutes: minutesSchema.nullable().optional(),
  }),
  'agenda:move': z.object({ itemId: idSchema, toIndex: z.number().int().min(0).max(500) }),
  'agenda:remove': z.object({ itemId: idSchema }),
  /** Makes an item current (null: no current item); the time spent so far is kept. */
  'agenda:setCurrent': z.object({ itemId: idSchema.nullable() }),
  /** Closes the current item and opens the next pending one. */
  'agenda:next': z.object({}).strict(),
  'hand:raise': z.object({ reply: z.boolean().default(false) }),
  'hand:lower': z.object({}).strict(),
  /** Facilitator: lower someone's hand, or everyone's with no peerId. */
  'hands:lower': z.object({ peerId: idSchema.optional() }),
  /** Facilitator: give the floor to someone, or to the next in the queue with no peerId. */
  'floor:give': z.object({ peerId: idSchema.optional() }),
  /** The facilitator or the speaker ends the current turn. */
  'floor:end': z.object({}).strict(),
  'meeting:configure': z.object({
    fairMode: z.boolean().optional(),
    speakerLimitSeconds: z.number().int().min(10).max(3600).nullable().optional(),
  }),
  /** Facilitator: mute someone's microphone. There is deliberately no way to unmute someone. */
  'peer:mute': z.object({ peerId: idSchema }),
  /** Facilitator: make someone else facilitator too, or hand the role over (keepMine false). */
  'role:grant': z.object({ peerId: idSchema, keepMine: z.boolean().default(true) }),
  /** Facilitator: end the meeting for everyone (the next join opens a new one). */
  'meeting:end': z.object({}).strict(),
  'chat:send': z.object({ text: z.string().trim().min(1).max(2000) }),
  'reaction:send': z.object({ reaction: z.enum(REACTIONS) }),
} as const;

export interface FacilitationResponses {
  'agenda:add': { itemId: string };
  'agenda:update': Record<string, never>;
  'agenda:move': Record<string, never>;
  'agenda:remove': Record<string, never>;
  'agenda:setCurrent': Record<string, never>;
  'agenda:next': Record<string, never>;
  'hand:raise': Record<string, never>;
  'hand:lower': Record<string, never>;
  'hands:lower': Record<string, never>;
  'floor:give': Record<string, never>;
  'floor:end': Record<string, never>;
  'meeting:configure': Record<string, never>;
  'peer:mute': Record<string, never>;
  'role:grant': Record<string, never>;
  'chat:send': { messageId: string };
  'reaction:send': Record<string, never>;
  'meeting:end': Record<string, never>;
}

/** `POST /api/rooms/<room>/agenda`: anyone with the room link prepares the agenda before the call. */
export const agendaProposalSchema = z.object({
  title: titleSchema,
  owner: ownerSchema.optional(),
  durationMinutes: minutesSchema.optional(),
  proposedBy: z.string().trim().min(1).max(48),
});
export type AgendaProposal = z.infer<typeof agendaProposalSchema>;

/** `GET /api/rooms/<room>/agenda`: the open meeting's agenda, for the page before the call. */
export interface AgendaDraft {
  agenda: AgendaItem[];
}
