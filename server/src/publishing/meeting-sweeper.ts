import { Meeting, type MeetingEnding } from '../facilitation/meeting.js';
import type { Logger } from '../observability/logger.js';
import type { RoomManager } from '../rooms/room-manager.js';
import type { ChatStore } from '../storage/chat-store.js';
import type { MeetingStore } from '../storage/meeting-store.js';

export interface SweeperDeps {
  rooms: RoomManager;
  meetings: MeetingStore;
  chat: ChatStore;
  ending: MeetingEnding;
  graceMs: number;
  logger: Logger;
}

/**
 * Ends meetings nobody came back to. Live rooms mark their meeting active at each sweep; an
 * open meeting whose room is not live and whose last activity is older than the grace period
 * ends as of that last activity. It reads only the database, so a meeting left open by a crash
 * or a restart ends the same way.
 */
export class MeetingSweeper {
  constructor(private readonly deps: SweeperDeps) {}

  sweep(now = Date.now()): void {
    const { rooms, meetings, chat, ending, graceMs, logger } = this.deps;
    for (const room of rooms.rooms.values()) meetings.touchActivity(room.meeting.id, now);
    for (const idle of meetings.idleOpenMeetings(now - graceMs)) {
      if (rooms.isActive(idle.room)) continue;
      if (new Meeting(idle.id, meetings, chat, ending).endAfterGrace(idle.lastActivityAt)) {
        logger.info({ room: idle.room, meetingId: idle.id }, 'meeting ended after the grace period');
      }
    }
  }
}
