import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { GENERAL_SECTION_ID, MINUTES_FRAGMENT, MINUTES_NODES } from '@palabre/shared';
import { loadConfig } from '../config.js';
import { Meeting } from '../facilitation/meeting.js';
import { createLogger } from '../observability/logger.js';
import { PublishingService } from '../publishing/publishing-service.js';
import type { RoomManager } from '../rooms/room-manager.js';
import { ChatStore } from '../storage/chat-store.js';
import { openDatabase } from '../storage/database.js';
import { MeetingStore } from '../storage/meeting-store.js';
import { MinutesStore } from '../storage/minutes-store.js';
import { ParticipantStore } from '../storage/participant-store.js';
import { RoomStore } from '../storage/room-store.js';

/** No live room: what the sweeper sees of a RoomManager after everyone left. */
export const noLiveRooms = { rooms: new Map(), isActive: () => false } as unknown as RoomManager;

/**
 * Publishing over a real SQLite database, without media or sockets: the stores, the service
 * (started with no live room), and a way to hold and end a meeting as a facilitator would.
 */
export function publishingFixture(env: Record<string, string> = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'palabre-publishing-'));
  const db = openDatabase(dataDir);
  const config = loadConfig({ DATA_DIR: dataDir, PUBLISH_DELAY_SECONDS: '0', PUBLISH_ALLOW_PRIVATE_HOSTS: 'true', ...env });
  const stores = {
    rooms: new RoomStore(db),
    participants: new ParticipantStore(db),
    meetings: new MeetingStore(db),
    chat: new ChatStore(db),
    minutes: new MinutesStore(db),
  };
  const service = new PublishingService(db, stores, config, createLogger('silent'));

  /** A meeting attended by Alice (facilitator, agreed to be named) with public and private minutes. */
  function holdMeeting(room = 'weekly', at = Date.now() - 3_600_000) {
    stores.rooms.touch(room);
    const meetingId = stores.meetings.openMeeting(room);
    const alice = stores.participants.create(room, 'Alice', 'facilitator');
    stores.participants.setNamedInReport(alice.id, true);
    const meeting = new Meeting(meetingId, stores.meetings, stores.chat, service.freezer);
    meeting.attend(alice.id, at);
    const itemId = meeting.addItem(alice, { title: 'Budget', durationMinutes: 10 });
    stores.chat.post(meetingId, { peerId: alice.id, name: 'Alice', text: 'a chat message' });
    writeMinutes(stores.minutes, meetingId, itemId);
    const actor = { id: alice.id, name: 'Alice', role: 'facilitator' as const };
    return { meetingId, meeting, itemId, end: (now = Date.now()) => meeting.end(actor, now) };
  }

  return {
    dataDir,
    db,
    config,
    stores,
    service,
    holdMeeting,
    async close() {
      await service.close();
      db.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Stores minutes as the server would: a public decision and a private note. */
function writeMinutes(store: MinutesStore, meetingId: string, itemId: string): void {
  const doc = new Y.Doc();
  doc.on('update', (update: Uint8Array) => store.append(meetingId, update));
  const block = (name: string, text: string, attrs: Record<string, string | boolean> = {}) => {
    const element = new Y.XmlElement(name);
    for (const [key, value] of Object.entries(attrs)) element.setAttribute(key, value as string);
    element.insert(0, [new Y.XmlText(text)]);
    return element;
  };
  const section = (id: string, title: string, children: Y.XmlElement[]) => {
    const element = new Y.XmlElement(MINUTES_NODES.section);
    element.setAttribute('itemId', id);
    element.setAttribute('title', title);
    element.insert(0, children);
    return element;
  };
  doc.getXmlFragment(MINUTES_FRAGMENT).insert(0, [
    section(GENERAL_SECTION_ID, '', [block(MINUTES_NODES.paragraph, 'PRIVATE-NOTE', { private: true })]),
    section(itemId, 'Budget', [block(MINUTES_NODES.decision, 'Adopt the budget', { outcome: 'consensus' })]),
  ]);
  doc.destroy();
}

/** Polls until `condition` holds (the publisher works in the background). */
export async function eventually(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
