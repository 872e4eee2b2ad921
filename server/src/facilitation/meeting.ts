import { AppError, type ChatMessage, type MeetingState, type Role } from '@palabre/shared';
import type { ChatStore } from '../storage/chat-store.js';
import type { MeetingStore } from '../storage/meeting-store.js';
import { orderQueue } from './queue-order.js';

/**
 * What else happens when a meeting ends, inside the very transaction that ends it (the
 * publishing report and its outbox): a meeting never ends without it, nor it without the end.
 */
export interface MeetingEnding {
  ended(meetingId: string, endedAt: number): void;
}

/** Who asks: identity and role come from the server's Peer, never from a payload. */
export interface Actor {
  id: string;
  name: string;
  role: Role;
}

/**
 * The rules of a facilitated meeting over its stored state. Every change is one SQLite
 * transaction, committed before the caller acknowledges it, so a crash loses nothing
 * acknowledged. Facilitator-only actions refuse others with FORBIDDEN and change nothing.
 */
export class Meeting {
  constructor(
    readonly id: string,
    private readonly store: MeetingStore,
    private readonly chat: ChatStore,
    private readonly ending: MeetingEnding | null = null,
  ) {}

  state(): MeetingState {
    return this.store.state(this.id, orderQueue);
  }

  recentChat(): ChatMessage[] {
    return this.chat.recent(this.id);
  }

  /** Someone sat down: the meeting has started and they attended it. */
  attend(participantId: string, now = Date.now()): void {
    this.store.transaction(() => this.store.attend(this.id, participantId, now))();
  }

  addItem(actor: Actor, item: { title: string; owner?: string | undefined; durationMinutes?: number | undefined }): string {
    return this.store.addItem(this.id, {
      title: item.title,
      owner: item.owner || null,
      durationMinutes: item.durationMinutes ?? null,
      proposedBy: actor.name,
    });
  }

  updateItem(
    actor: Actor,
    itemId: string,
    changes: { title?: string | undefined; owner?: string | null | undefined; durationMinutes?: number | null | undefined },
  ): void {
    requireFacilitator(actor, 'edit the agenda');
    if (!this.store.updateItem(this.id, itemId, { ...changes, owner: changes.owner === '' ? null : changes.owner })) {
      throw noItem(itemId);
    }
  }

  moveItem(actor: Actor, itemId: string, toIndex: number): void {
    requireFacilitator(actor, 'reorder the agenda');
    const ids = this.store.agenda(this.id).map((item) => item.id);
    const from = ids.indexOf(itemId);
    if (from === -1) throw noItem(itemId);
    ids.splice(from, 1);
    ids.splice(Math.min(toIndex, ids.length), 0, itemId);
    this.store.transaction(() => this.store.reorder(this.id, ids))();
  }

  removeItem(actor: Actor, itemId: string): void {
    requireFacilitator(actor, 'remove agenda items');
    this.store.transaction(() => {
      if (this.store.meeting(this.id).currentItemId === itemId) this.store.setCurrent(this.id, null, null);
      if (!this.store.removeItem(this.id, itemId)) throw noItem(itemId);
    })();
  }

  setCurrent(actor: Actor, itemId: string | null, now = Date.now()): void {
    requireFacilitator(actor, 'choose the current item');
    if (itemId !== null && !this.store.agenda(this.id).some((item) => item.id === itemId)) throw noItem(itemId);
    this.store.transaction(() => {
      this.closeCurrentStretch(now);
      this.store.setCurrent(this.id, itemId, itemId === null ? null : now);
    })();
  }

  /** Closes the current item and opens the next pending one (or none at the end). */
  next(actor: Actor, now = Date.now()): void {
    requireFacilitator(actor, 'move to the next item');
    this.store.transaction(() => {
      const { currentItemId } = this.store.meeting(this.id);
      this.closeCurrentStretch(now);
      if (currentItemId) this.store.markDone(this.id, currentItemId);
      const agenda = this.store.agenda(this.id);
      const after = agenda.slice(agenda.findIndex((item) => item.id === currentItemId) + 1);
      const next = [...after, ...agenda].find((item) => !item.done && item.id !== currentItemId);
      this.store.setCurrent(this.id, next?.id ?? null, next ? now : null);
    })();
  }

  raiseHand(actor: Actor, reply: boolean, now = Date.now()): void {
    this.store.raiseHand(this.id, { peerId: actor.id, name: actor.name, reply, raisedAt: now });
  }

  lowerHand(actor: Actor): void {
    this.store.lowerHand(this.id, actor.id);
  }

  lowerHands(actor: Actor, peerId?: string): void {
    requireFacilitator(actor, "lower other people's hands");
    if (peerId === undefined) this.store.lowerAllHands(this.id);
    else this.store.lowerHand(this.id, peerId);
  }

  /** Gives the floor to someone (the first in the queue by default), who leaves the queue. */
  giveFloor(actor: Actor, peerId: string | undefined, names: (peerId: string) => string | undefined, now = Date.now()): void {
    requireFacilitator(actor, 'give the floor');
    this.store.transaction(() => {
      const state = this.state();
      const entry = peerId === undefined ? state.queue[0] : state.queue.find((queued) => queued.peerId === peerId);
      const targetId = entry?.peerId ?? peerId;
      if (!targetId) throw new AppError('NOT_FOUND', 'nobody is waiting for the floor');
      const name = entry?.name ?? names(targetId);
      if (!name) throw new AppError('NOT_FOUND', 'that person is not in the room');
      this.store.lowerHand(this.id, targetId);
      this.store.setSpeaker(this.id, { peerId: targetId, name, since: now });
      this.store.recordTurn(this.id, state.currentItemId, targetId);
    })();
  }

  endFloor(actor: Actor): void {
    const { speakerPeerId } = this.store.meeting(this.id);
    if (speakerPeerId !== actor.id) requireFacilitator(actor, "end someone else's turn");
    this.store.setSpeaker(this.id, null);
  }

  configure(actor: Actor, settings: { fairMode?: boolean | undefined; speakerLimitSeconds?: number | null | undefined }): void {
    requireFacilitator(actor, 'change the meeting settings');
    this.store.configure(this.id, settings);
  }

  /** Ends the meeting: the current item's time is counted, the floor closed. */
  end(actor: Actor, now = Date.now()): void {
    requireFacilitator(actor, 'end the meeting');
    this.finish(now);
  }

  /**
   * Nobody came back within the grace period: the meeting ends as of its last activity (when
   * the room emptied), so the grace does not count in its duration. False if it had ended.
   */
  endAfterGrace(lastActivityAt: number): boolean {
    return this.finish(lastActivityAt);
  }

  postChat(actor: Actor, text: string): ChatMessage {
    return this.chat.post(this.id, { peerId: actor.id, name: actor.name, text });
  }

  /** Someone left for good: their hand goes down and their turn ends. */
  peerLeft(peerId: string): boolean {
    return this.store.transaction(() => {
      const lowered = this.store.lowerHand(this.id, peerId);
      const wasSpeaking = this.store.meeting(this.id).speakerPeerId === peerId;
      if (wasSpeaking) this.store.setSpeaker(this.id, null);
      return lowered || wasSpeaking;
    })();
  }

  private finish(endedAt: number): boolean {
    return this.store.transaction(() => {
      this.closeCurrentStretch(endedAt);
      if (!this.store.end(this.id, endedAt)) return false;
      this.ending?.ended(this.id, endedAt);
      return true;
    })();
  }

  private closeCurrentStretch(now: number): void {
    const { currentItemId, currentItemSince } = this.store.meeting(this.id);
    if (currentItemId && currentItemSince !== null) this.store.addSpent(this.id, currentItemId, now - currentItemSince);
  }
}

export function requireFacilitator(actor: Actor, what: string): void {
  if (actor.role !== 'facilitator') throw new AppError('FORBIDDEN', `only a facilitator can ${what}`);
}

const noItem = (itemId: string) => new AppError('NOT_FOUND', `no agenda item ${itemId}`);
