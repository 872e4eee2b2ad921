import type { AgendaItem, MeetingState } from '@palabre/shared';
import type { FacilitationState } from './facilitation-state';

/** Where someone stands in the speaking queue: 1 is next. */
export interface HandRaised {
  position: number;
  reply: boolean;
}

export function handOf(meeting: MeetingState | null, peerId: string | null): HandRaised | null {
  if (!meeting || peerId === null) return null;
  const index = meeting.queue.findIndex((entry) => entry.peerId === peerId);
  const entry = meeting.queue[index];
  return entry ? { position: index + 1, reply: entry.reply } : null;
}

export function currentItem(meeting: MeetingState | null): AgendaItem | null {
  if (!meeting?.currentItemId) return null;
  return meeting.agenda.find((item) => item.id === meeting.currentItemId) ?? null;
}

export function hasFloor(meeting: MeetingState | null, peerId: string | null): boolean {
  return peerId !== null && meeting?.speaker?.peerId === peerId;
}

export function isFacilitator(state: Pick<FacilitationState, 'role'>): boolean {
  return state.role === 'facilitator';
}

/** Something left to open with "Next item": a pending item, or a current one to close. */
export function canMoveOn(meeting: MeetingState | null): boolean {
  return Boolean(meeting?.agenda.some((item) => item.status !== 'done'));
}
