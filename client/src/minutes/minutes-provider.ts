import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import { RequestError, type Request } from '../signalling/request';
import { createStore, type Store } from '../state/store';
import { toBytes, type MinutesEndpoint } from './minutes-link';

/** Origin of what came from the server: applied, never sent back. */
export const REMOTE_ORIGIN = Symbol('minutes-remote');

/**
 * - connecting: waiting for the sync answer (first load, or back from a drop)
 * - synced: in step with the server; each edit goes out as it is made
 * - offline: no connection; edits stay here and go out on the next sync
 * - closed: the call is over for this page, or the room moved on to another meeting
 */
export type MinutesStatus = 'connecting' | 'synced' | 'offline' | 'closed';

export interface MinutesSyncState {
  status: MinutesStatus;
  /** Known after the first sync; until then there is nothing to edit. */
  meetingId: string | null;
  /** Local edits the server has not acknowledged yet. */
  unsent: number;
}

/** What the provider needs from the call: its current request function (null while offline). */
export interface MinutesConnection {
  readonly request: Request | null;
}

export interface MinutesUser {
  name: string;
  color: string;
}

const initialState: MinutesSyncState = { status: 'offline', meetingId: null, unsent: 0 };

function patchReducer(state: MinutesSyncState, patch: Partial<MinutesSyncState>): MinutesSyncState {
  const changed = (Object.keys(patch) as (keyof MinutesSyncState)[]).some((key) => patch[key] !== state[key]);
  return changed ? { ...state, ...patch } : state;
}

/**
 * One meeting's minutes on this page: a Y.Doc and its awareness (who is here, their cursors),
 * kept in step with the server over the call's own Socket.IO connection, which is what
 * authenticates us (the server knows our room from our seat).
 *
 * Offline-tolerant: editing never waits for the network. Local updates queue up, go out one
 * merged request at a time, and stay queued until acknowledged (the server acknowledges once it
 * stored them). On every (re)join the Yjs two-step sync runs: our state vector out, what we lack
 * back, then exactly what the server lacks, which covers whatever was queued or lost in flight.
 */
export class MinutesProvider implements MinutesEndpoint {
  readonly doc = new Y.Doc();
  readonly awareness = new Awareness(this.doc);
  readonly store: Store<MinutesSyncState, Partial<MinutesSyncState>> = createStore(patchReducer, initialState);

  private readonly unacknowledged = new Map<number, Uint8Array>();
  private updateCount = 0;
  private sending = false;
  /** Bumped by every sync and drop: an answer to an earlier one is ignored. */
  private syncRun = 0;

  constructor(private readonly connection: MinutesConnection) {
    this.doc.on('update', this.onDocUpdate);
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  get state(): MinutesSyncState {
    return this.store.getState();
  }

  /** Our name and colour, shown to the others beside our cursor. */
  setUser(user: MinutesUser): void {
    this.awareness.setLocalStateField('user', user);
  }

  joined(): void {
    void this.sync();
  }

  connectionLost(): void {
    if (this.state.status === 'closed') return;
    this.syncRun += 1;
    this.set({ status: 'offline' });
    // Where the others are is unknown until we are back (the sync answer says it again).
    const others = [...this.awareness.getStates().keys()].filter((id) => id !== this.doc.clientID);
    removeAwarenessStates(this.awareness, others, REMOTE_ORIGIN);
    // And forget their clocks: the same state sent again after the sync must be taken, not
    // dismissed as already seen.
    for (const id of others) this.awareness.meta.delete(id);
  }

  remoteUpdate(update: Uint8Array): void {
    if (this.state.status === 'closed') return;
    Y.applyUpdate(this.doc, update, REMOTE_ORIGIN);
  }

  remoteAwareness(update: Uint8Array): void {
    if (this.state.status === 'closed') return;
    applyAwarenessUpdate(this.awareness, update, REMOTE_ORIGIN);
  }

  close(): void {
    if (this.state.status === 'closed') return;
    // Tell the others our cursor is gone while the connection may still be there.
    removeAwarenessStates(this.awareness, [this.doc.clientID], 'local');
    this.syncRun += 1;
    this.set({ status: 'closed' });
    this.doc.off('update', this.onDocUpdate);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.destroy();
  }

  /** Yjs sync steps 1 and 2 over two requests. */
  private async sync(): Promise<void> {
    const request = this.connection.request;
    if (!request || this.state.status === 'closed') return;
    const run = ++this.syncRun;
    this.set({ status: 'connecting' });
    try {
      const reply = await request('minutes:sync', { stateVector: payload(Y.encodeStateVector(this.doc)) });
      if (run !== this.syncRun) return;
      if (this.state.meetingId !== null && reply.meetingId !== this.state.meetingId) {
        // The room is in another meeting now: this document is not its minutes.
        this.close();
        return;
      }
      this.set({ meetingId: reply.meetingId });
      Y.applyUpdate(this.doc, toBytes(reply.update), REMOTE_ORIGIN);
      if (reply.awareness) applyAwarenessUpdate(this.awareness, toBytes(reply.awareness), REMOTE_ORIGIN);
      // Everything queued so far is in what the server lacks: one update instead of the queue.
      const covered = [...this.unacknowledged.keys()];
      const missing = Y.encodeStateAsUpdate(this.doc, toBytes(reply.stateVector));
      if (!isEmptyUpdate(missing)) await request('minutes:update', { update: payload(missing) });
      if (run !== this.syncRun) return;
      for (const id of covered) this.unacknowledged.delete(id);
      this.set({ status: 'synced', unsent: this.unacknowledged.size });
      this.sendAwareness([this.doc.clientID]);
      void this.flush();
    } catch (error) {
      if (run !== this.syncRun) return;
      this.failed(error);
    }
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === REMOTE_ORIGIN) return;
    this.unacknowledged.set(++this.updateCount, update);
    this.set({ unsent: this.unacknowledged.size });
    void this.flush();
  };

  /** One request in flight at a time, carrying every queued update merged into one. */
  private async flush(): Promise<void> {
    if (this.sending || this.state.status !== 'synced' || this.unacknowledged.size === 0) return;
    const request = this.connection.request;
    if (!request) return;
    const run = this.syncRun;
    const ids = [...this.unacknowledged.keys()];
    const update = ids.length === 1 ? this.unacknowledged.get(ids[0]!)! : Y.mergeUpdates([...this.unacknowledged.values()]);
    this.sending = true;
    try {
      await request('minutes:update', { update: payload(update) });
      for (const id of ids) this.unacknowledged.delete(id);
      this.set({ unsent: this.unacknowledged.size });
    } catch (error) {
      if (run !== this.syncRun) return;
      // Refused (too big, say): sending it again would be refused again and block what follows.
      if (error instanceof RequestError && error.code !== 'DISCONNECTED' && error.code !== 'TIMEOUT') {
        for (const id of ids) this.unacknowledged.delete(id);
        this.set({ unsent: this.unacknowledged.size });
      }
      this.failed(error);
      return;
    } finally {
      this.sending = false;
    }
    void this.flush();
  }

  /**
   * A request failed. Dropped: the next joined() syncs. No answer in time: sync again now (what
   * reached the server is not sent twice). Refused: resending the same would be refused again.
   */
  private failed(error: unknown): void {
    const code = error instanceof RequestError ? error.code : 'INTERNAL';
    if (code === 'DISCONNECTED') {
      if (this.state.status !== 'closed') this.set({ status: 'offline' });
      return;
    }
    if (code === 'TIMEOUT') {
      void this.sync();
      return;
    }
    console.warn('minutes: the server refused an update', error);
    // A refused sync leaves us unable to edit in step: say so rather than pretend.
    if (this.state.status === 'connecting') this.set({ status: 'offline' });
  }

  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => {
    if (origin === REMOTE_ORIGIN) return;
    this.sendAwareness([...added, ...updated, ...removed]);
  };

  private sendAwareness(clients: number[]): void {
    const request = this.connection.request;
    if (!request || clients.length === 0 || this.state.status !== 'synced') return;
    const update = encodeAwarenessUpdate(this.awareness, clients);
    // Awareness is best effort: the next cursor move or the periodic renewal says it again.
    request('minutes:awareness', { update: payload(update) }).catch(() => undefined);
  }

  private set(patch: Partial<MinutesSyncState>): void {
    this.store.dispatch(patch);
  }
}

/** Yjs types its output loosely (ArrayBufferLike); it always allocates plain ArrayBuffers. */
function payload(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes as Uint8Array<ArrayBuffer>;
}

/** An update with no structs and no deletions: two zero bytes in Yjs's v1 encoding. */
export function isEmptyUpdate(update: Uint8Array): boolean {
  return update.byteLength <= 2 && update.every((byte) => byte === 0);
}
