import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Role } from '@palabre/shared';
import type { Db } from './database.js';

export interface ParticipantRecord {
  id: string;
  name: string;
  role: Role;
  /** Said at their first join that it was their first time in the room. */
  firstTime: boolean;
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
  private readonly namedInReportStatement;

  constructor(db: Db) {
    this.insertStatement = db.prepare(
      'INSERT INTO participants (id, room, token_hash, name, role, created_at, first_time) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.findStatement = db.prepare(
      'SELECT id, name, role, first_time AS firstTime FROM participants WHERE room = ? AND token_hash = ?',
    );
    this.renameStatement = db.prepare('UPDATE participants SET name = ? WHERE id = ?');
    this.roleStatement = db.prepare('UPDATE participants SET role = ? WHERE id = ?');
    this.namedInReportStatement = db.prepare('UPDATE participants SET named_in_report = ? WHERE id = ?');
  }

  create(room: string, name: string, role: Role, firstTime = false): ParticipantRecord & { resumeToken: string } {
    const id = randomUUID();
    const resumeToken = newToken();
    this.insertStatement.run(id, room, hashToken(resumeToken), name, role, Date.now(), firstTime ? 1 : 0);
    return { id, name, role, firstTime, resumeToken };
  }

  find(room: string, resumeToken: string): ParticipantRecord | undefined {
    const row = this.findStatement.get(room, hashToken(resumeToken)) as (Omit<ParticipantRecord, 'firstTime'> & { firstTime: number }) | undefined;
    return row && { ...row, firstTime: row.firstTime === 1 };
  }

  rename(id: string, name: string): void {
    this.renameStatement.run(name, id);
  }

  setRole(id: string, role: Role): void {
    this.roleStatement.run(role, id);
  }

  /** Consent to appear by name in published reports (not named unless they said yes). */
  setNamedInReport(id: string, named: boolean): void {
    this.namedInReportStatement.run(named ? 1 : 0, id);
  }
}
