import type * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import { AppError } from '@palabre/shared';
import type { PalabreSocket } from '../signalling/types.js';
import { readAwarenessUpdate } from './awareness-update.js';

/** Sends an awareness update to the meeting's connections, except `except` (its author). */
export type AwarenessRelay = (update: Uint8Array, except: PalabreSocket | null) => void;

/**
 * Who is editing the minutes and where their cursor is: a y-protocols Awareness kept on the
 * server only to relay, to answer a late joiner, and to clear a connection's cursors when it
 * goes. Never stored. The server itself is not an editor, so its own state stays null.
 */
export class MinutesAwareness {
  private readonly awareness: Awareness;
  /** The awareness client ids each connection has spoken for. */
  private readonly clientsBySocket = new Map<PalabreSocket, Set<number>>();

  constructor(doc: Y.Doc, relay: AwarenessRelay) {
    this.awareness = new Awareness(doc);
    this.awareness.setLocalState(null);
    this.awareness.on('update', ({ added, updated, removed }: Changes, origin: unknown) => {
      const changed = [...added, ...updated, ...removed];
      if (changed.length === 0) return;
      relay(encodeAwarenessUpdate(this.awareness, changed), isSocket(origin) ? origin : null);
    });
  }

  apply(socket: PalabreSocket, update: Uint8Array): void {
    let entries;
    try {
      entries = readAwarenessUpdate(update);
    } catch (error) {
      throw new AppError('INVALID_PAYLOAD', `minutes:awareness: not an awareness update (${(error as Error).message})`);
    }
    const own = this.clientsBySocket.get(socket) ?? new Set<number>();
    for (const { clientID } of entries) {
      if (clientID === this.awareness.clientID || this.ownerOf(clientID, socket)) {
        throw new AppError('FORBIDDEN', "minutes:awareness: that is another editor's cursor");
      }
    }
    for (const { clientID } of entries) own.add(clientID);
    this.clientsBySocket.set(socket, own);
    applyAwarenessUpdate(this.awareness, update, socket);
  }

  /** Every editor's state, for a connection that just arrived; null when nobody is editing. */
  encodeAll(): Uint8Array | null {
    const clients = [...this.awareness.getStates().keys()];
    return clients.length > 0 ? encodeAwarenessUpdate(this.awareness, clients) : null;
  }

  /** The connection left or dropped: its cursors disappear for everyone at once. */
  forget(socket: PalabreSocket): void {
    const clients = this.clientsBySocket.get(socket);
    this.clientsBySocket.delete(socket);
    if (clients && clients.size > 0) removeAwarenessStates(this.awareness, [...clients], 'left');
  }

  destroy(): void {
    this.clientsBySocket.clear();
    this.awareness.destroy();
  }

  private ownerOf(clientID: number, except: PalabreSocket): PalabreSocket | undefined {
    for (const [socket, clients] of this.clientsBySocket) {
      if (socket !== except && clients.has(clientID)) return socket;
    }
    return undefined;
  }
}

interface Changes {
  added: number[];
  updated: number[];
  removed: number[];
}

const isSocket = (origin: unknown): origin is PalabreSocket =>
  typeof origin === 'object' && origin !== null && 'emit' in origin && 'data' in origin;
