import * as Y from 'yjs';
import { AppError, type MinutesResponses } from '@palabre/shared';
import type { Logger } from '../observability/logger.js';
import type { Room } from '../rooms/room.js';
import type { PalabreSocket } from '../signalling/types.js';
import type { MinutesStore } from '../storage/minutes-store.js';
import { SERVER_ORIGIN, followAgenda, type AgendaHeading } from './agenda-sections.js';
import { MinutesAwareness } from './minutes-awareness.js';

export interface LiveMinutesOptions {
  /** Fold the stored updates into a snapshot once this many were appended since the last. */
  compactEvery: number;
}

/**
 * The minutes of one open meeting while its room is live: the Y.Doc everyone edits, who is
 * editing, and the rule that nothing is applied or shown before it is stored.
 */
export class LiveMinutes {
  readonly awareness: MinutesAwareness;
  private pendingRows: number;
  private agendaSeen = '';

  constructor(
    readonly meetingId: string,
    readonly doc: Y.Doc,
    private readonly room: Room,
    private readonly store: MinutesStore,
    pendingRows: number,
    private readonly options: LiveMinutesOptions,
    private readonly logger: Logger,
  ) {
    this.pendingRows = pendingRows;
    this.awareness = new MinutesAwareness(doc, (update, except) => this.broadcast('minutes:awareness', update, except));
    // The server's own changes (sections following the agenda, the template) are stored and
    // shown exactly like an editor's; an editor's go through applyClientUpdate instead.
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== SERVER_ORIGIN) return;
      this.store.append(this.meetingId, update);
      this.broadcast('minutes:updated', update, null);
      this.afterAppend();
    });
  }

  /** Sync step 1 answered: what the client lacks, what the server has, and who is editing. */
  sync(stateVector: Uint8Array): MinutesResponses['minutes:sync'] {
    try {
      Y.decodeStateVector(stateVector);
    } catch (error) {
      throw new AppError('INVALID_PAYLOAD', `minutes:sync: not a Yjs state vector (${(error as Error).message})`);
    }
    return {
      meetingId: this.meetingId,
      update: Y.encodeStateAsUpdate(this.doc, stateVector),
      stateVector: Y.encodeStateVector(this.doc),
      awareness: this.awareness.encodeAll(),
    };
  }

  /**
   * An editor's update: checked, stored and applied in one SQLite transaction (a Yjs failure
   * rolls the row back, so the stored document never holds what the live one refused), then
   * shown to the others. The caller acknowledges it after this returns.
   */
  applyClientUpdate(socket: PalabreSocket, update: Uint8Array): void {
    try {
      Y.decodeUpdate(update);
    } catch (error) {
      throw new AppError('INVALID_PAYLOAD', `minutes:update: not a Yjs update (${(error as Error).message})`);
    }
    this.store.transaction(() => {
      this.store.append(this.meetingId, update);
      try {
        Y.applyUpdate(this.doc, update, socket);
      } catch (error) {
        throw new AppError('INVALID_PAYLOAD', `minutes:update: the update does not apply (${(error as Error).message})`);
      }
    })();
    this.broadcast('minutes:updated', update, socket);
    this.afterAppend();
  }

  /** The agenda may have changed: sections follow it (a no-op when the headings did not change). */
  followAgenda(agenda: readonly AgendaHeading[]): void {
    const seen = JSON.stringify(agenda.map((item) => [item.id, item.title]));
    if (seen === this.agendaSeen) return;
    this.agendaSeen = seen;
    followAgenda(this.doc, agenda);
  }

  /** Folds what was appended into one snapshot (all of it is in the live doc, by construction). */
  compact(): void {
    if (this.pendingRows === 0) return;
    this.store.compact(this.meetingId, this.doc);
    this.pendingRows = 0;
  }

  /**
   * The room closed (last person gone, or the meeting ended). Every update is already stored;
   * compaction only tidies, so if it fails the rows stay and the next load replays them.
   */
  close(): void {
    try {
      this.compact();
    } catch (error) {
      this.logger.error({ err: error, meetingId: this.meetingId }, 'minutes compaction failed; the updates stay stored');
    }
    this.awareness.destroy();
    this.doc.destroy();
  }

  private afterAppend(): void {
    this.pendingRows++;
    if (this.pendingRows >= this.options.compactEvery) this.compact();
  }

  private broadcast(event: 'minutes:updated' | 'minutes:awareness', update: Uint8Array, except: PalabreSocket | null): void {
    for (const peer of this.room.peers.values()) {
      if (peer.socket && peer.socket !== except) peer.send(event, { update });
    }
  }
}
