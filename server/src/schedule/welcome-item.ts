import { DEFAULT_WELCOME_TITLE } from '@palabre/shared';
import type { MeetingStore } from '../storage/meeting-store.js';
import type { SeriesStore } from '../storage/series-store.js';

/**
 * A meeting of a series with a welcome item starts with it, first on the agenda. Only a meeting
 * nobody has joined yet, and only once: a facilitator who removes it is not contradicted.
 */
export function addWelcomeItem(room: string, meetingId: string, stores: { series: SeriesStore; meetings: MeetingStore }): void {
  const schedule = stores.series.get(room)?.schedule;
  if (!schedule?.welcomeItem) return;
  const { meetings, series } = stores;
  meetings.transaction(() => {
    if (meetings.meeting(meetingId).startedAt !== null || !series.claimWelcome(meetingId)) return;
    const others = meetings.agenda(meetingId).map((item) => item.id);
    const itemId = meetings.addItem(meetingId, {
      title: schedule.welcomeTitle ?? DEFAULT_WELCOME_TITLE,
      owner: null,
      durationMinutes: null,
      proposedBy: 'Palabre',
    });
    meetings.reorder(meetingId, [itemId, ...others]);
  })();
}
