import type { RoomListing } from './schedule-types';

/**
 * The home page's order: the soonest meeting first; rooms with nothing planned after, by title.
 * A cancelled next meeting counts as planned (the list says it is cancelled).
 */
export function byNextMeeting(rooms: RoomListing[], compareTitles: (a: string, b: string) => number): RoomListing[] {
  return [...rooms].sort((a, b) => {
    if (a.next && b.next) return a.next.start - b.next.start || compareTitles(a.title, b.title);
    if (a.next) return -1;
    if (b.next) return 1;
    return compareTitles(a.title || a.room, b.title || b.room);
  });
}
