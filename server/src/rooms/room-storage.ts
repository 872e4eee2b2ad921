import type { ChatStore } from '../storage/chat-store.js';
import type { MeetingStore } from '../storage/meeting-store.js';
import type { ParticipantStore } from '../storage/participant-store.js';
import type { RoomStore } from '../storage/room-store.js';

/** The stores a room reads and writes. */
export interface RoomStorage {
  rooms: RoomStore;
  participants: ParticipantStore;
  meetings: MeetingStore;
  chat: ChatStore;
}
