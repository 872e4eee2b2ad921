import type { MeetingState } from '@palabre/shared';
import { currentItem, handOf } from './meeting-selectors';

/*
 * What a screen reader user should hear when the meeting changes: the current item, who has
 * the floor, hands going up, and their own place in the queue. The rest (a hand going down,
 * a time box edited) is on screen for whoever looks, and not worth interrupting anyone for.
 * Descriptors, not sentences: the UI words them in the person's language.
 */
export type Announcement =
  | { key: 'currentItem'; title: string }
  | { key: 'noCurrentItem' }
  | { key: 'floorGiven'; name: string }
  | { key: 'floorYours' }
  | { key: 'floorEnded' }
  | { key: 'handRaised'; name: string; count: number }
  | { key: 'handsRaised'; raised: number; count: number }
  | { key: 'queueCleared' }
  | { key: 'yourPosition'; position: number }
  | { key: 'yourHandLowered' };

export function meetingAnnouncements(before: MeetingState | null, after: MeetingState, selfId: string | null): Announcement[] {
  // The state a page joins with is shown, not read out.
  if (!before || before.meetingId !== after.meetingId) return [];
  const said: Announcement[] = [];

  if (before.currentItemId !== after.currentItemId) {
    const item = currentItem(after);
    said.push(item ? { key: 'currentItem', title: item.title } : { key: 'noCurrentItem' });
  }

  const speaker = after.speaker;
  if (speaker?.peerId !== before.speaker?.peerId || speaker?.since !== before.speaker?.since) {
    if (!speaker) said.push({ key: 'floorEnded' });
    else if (speaker.peerId === selfId) said.push({ key: 'floorYours' });
    else said.push({ key: 'floorGiven', name: speaker.name });
  }

  const waitingBefore = new Set(before.queue.map((entry) => entry.peerId));
  const raised = after.queue.filter((entry) => !waitingBefore.has(entry.peerId) && entry.peerId !== selfId);
  const count = after.queue.length;
  if (raised.length === 1) said.push({ key: 'handRaised', name: raised[0]!.name, count });
  else if (raised.length > 1) said.push({ key: 'handsRaised', raised: raised.length, count });
  else if (count === 0 && before.queue.length > 1 && !speaker) said.push({ key: 'queueCleared' });

  const mine = { before: handOf(before, selfId), after: handOf(after, selfId) };
  if (mine.after && mine.after.position !== mine.before?.position) {
    said.push({ key: 'yourPosition', position: mine.after.position });
  } else if (mine.before && !mine.after && speaker?.peerId !== selfId && !said.some((s) => s.key === 'queueCleared')) {
    said.push({ key: 'yourHandLowered' });
  }
  return said;
}
