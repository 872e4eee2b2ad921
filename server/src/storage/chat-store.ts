import { randomUUID } from 'node:crypto';
import type { ChatMessage } from '@palabre/shared';
import type { Db } from './database.js';

/** A meeting's chat: appended durably before anyone is told the message was sent. */
export class ChatStore {
  private readonly insertStatement;
  private readonly recentStatement;

  constructor(db: Db) {
    this.insertStatement = db.prepare(
      'INSERT INTO chat_messages (id, meeting_id, peer_id, name, text, sent_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.recentStatement = db.prepare(`SELECT id, peer_id AS peerId, name, text, sent_at AS sentAt FROM (
      SELECT rowid AS seq, * FROM chat_messages WHERE meeting_id = ? ORDER BY sent_at DESC, seq DESC LIMIT ?
    ) ORDER BY sentAt, seq`);
  }

  post(meetingId: string, message: Omit<ChatMessage, 'id' | 'sentAt'>): ChatMessage {
    const stored: ChatMessage = { id: randomUUID(), sentAt: Date.now(), ...message };
    this.insertStatement.run(stored.id, meetingId, stored.peerId, stored.name, stored.text, stored.sentAt);
    return stored;
  }

  recent(meetingId: string, limit = 200): ChatMessage[] {
    return this.recentStatement.all(meetingId, limit) as ChatMessage[];
  }
}
