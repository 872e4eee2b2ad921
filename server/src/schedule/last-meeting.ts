import type { ScheduleResponse } from '@palabre/shared';
import { readMinutes, summarize, withoutPrivate } from '@palabre/shared/minutes-model';
import type { MinutesStore } from '../storage/minutes-store.js';

/** What the room's last ended meeting left open, as anyone with the link may read it. */
export function lastMeeting(room: string, minutes: MinutesStore): ScheduleResponse['lastMeeting'] {
  // No meeting has the empty id: this asks for the latest ended meeting with minutes.
  const meetingId = minutes.previousEnded(room, '');
  if (!meetingId) return null;
  const doc = minutes.replay(meetingId);
  try {
    const summary = summarize(withoutPrivate(readMinutes(doc, meetingId)));
    return {
      meetingId,
      openQuestions: summary.questions.map(({ text }) => ({ text })),
      actions: summary.actions.map(({ text, owner, due, done }) => ({ text, owner, due, done })),
    };
  } finally {
    doc.destroy();
  }
}
