import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Role } from '@palabre/shared';
import type { Db } from './database.js';

export interface ParticipantRecord {
  id: string;
  name: string;
  role: Role;
}

/** Only hashes of secrets are stored: a copy of the database gives no one a seat or a role. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');
export const newToken = () => randomBytes(24).toString('base64url');

/**
 * Who has sat in a room: a durable id behind a secret resume token, so the same person keeps
 * their seat, raised hand and role across a dropped connection and a server restart.
 */
export class ParticipantStore {
  private readonly insertStatement;
  private readonly findStatement;
  private readonly renameStatement;
  private readonly roleStatement;

  constructor(db: Db) {
    this.insertStatement = db.prepare(
      'INSERT INTO participants (id, room, token_hash, name, role, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.findStatement = db.prepare('SELECT id, name, role FROM participants WHERE room = ? AND token_hash = ?');
    this.renameStatement = db.prepare('UPDATE participants SET name = ? WHERE id = ?');
    this.roleStatement = db.prepare('UPDATE participants SET role = ? WHERE id = ?');
  }

  create(room: string, name: string, role: Role): ParticipantRecord & { resumeToken: string } {
    const id = randomUUID();
    const resumeToken = newToken();
    this.insertStatement.run(id, room, hashToken(resumeToken), name, role, Date.now());
    return { id, name, role, resumeToken };
  }

  find(room: string, resumeToken: string): ParticipantRecord | undefined {
    return this.findStatement.get(room, hashToken(resumeToken)) as ParticipantRecord | undefined;
  }

  rename(id: string, name: string): void {
    this.renameStatement.run(name, id);
  }

  setRole(id: string, role: Role): void {
    this.roleStatement.run(role, id);
  }
}
