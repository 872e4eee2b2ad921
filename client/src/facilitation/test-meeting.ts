import type { AgendaItem, MeetingState, QueueEntry } from '@palabre/shared';

/** Test builders for meeting states (imported by *.test.ts only). */
export function meetingState(overrides: Partial<MeetingState> = {}): MeetingState {
  return {
    meetingId: 'm1',
    agenda: [],
    currentItemId: null,
    currentItemSince: null,
    startedAt: 0,
    queue: [],
    speaker: null,
    speakerLimitSeconds: null,
    fairMode: false,
    serverTime: 0,
    ...overrides,
  };
}

export function agendaItem(id: string, overrides: Partial<AgendaItem> = {}): AgendaItem {
  return { id, title: id, owner: null, durationMinutes: null, status: 'pending', spentMs: 0, proposedBy: 'Alice', ...overrides };
}

export function queued(peerId: string, overrides: Partial<QueueEntry> = {}): QueueEntry {
  return { peerId, name: peerId.charAt(0).toUpperCase() + peerId.slice(1), reply: false, raisedAt: 0, ...overrides };
}
