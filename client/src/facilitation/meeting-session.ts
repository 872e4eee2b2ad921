import type { JoinResponse, Reaction, RequestName, RequestPayload, Role } from '@palabre/shared';
import { RequestError, type Request } from '../signalling/request';
import type { PalabreSocket } from '../signalling/socket';
import { createStore, type Store } from '../state/store';
import {
  facilitationReducer,
  initialFacilitationState,
  type FacilitationAction,
  type FacilitationState,
  type MeetingNotice,
} from './facilitation-state';
import { nextExpiry } from './reactions';

export interface MeetingSessionDeps {
  /** The current connection's request function; null while there is none. */
  request(): Request | null;
  /** A facilitator muted us: the server paused our producer, the controls must follow. */
  onMutedByFacilitator(): void;
  /** Someone else has the floor now (or nobody): the grid brings them forward. */
  onFloorChanged(peerId: string | null): void;
  /** Our role changed: the facilitator secret is kept, or forgotten. */
  onRoleChanged(role: Role, facilitatorToken: string | null): void;
}

/** How long a notice stays before it dismisses itself. */
const NOTICE_MS = 8_000;

/**
 * The facilitated side of a call: the meeting state the server broadcasts, chat, reactions and
 * the requests that change them. Owned by the CallSession, which hands it each new socket and
 * each join response. Requests never change the state here: the server's broadcast does, so
 * every screen shows the same thing.
 */
export class MeetingSession {
  readonly store: Store<FacilitationState, FacilitationAction> = createStore(facilitationReducer, initialFacilitationState);

  private noticeCount = 0;
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;
  private reactionCount = 0;
  private expiryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly deps: MeetingSessionDeps) {}

  get state(): FacilitationState {
    return this.store.getState();
  }

  listen(socket: PalabreSocket): void {
    socket.on('meeting:updated', (meeting) => {
      const before = this.state.meeting?.speaker?.peerId ?? null;
      this.dispatch({ type: 'meeting-updated', meeting, receivedAt: Date.now() });
      const after = meeting.speaker?.peerId ?? null;
      if (after !== before) this.deps.onFloorChanged(after);
    });
    socket.on('chat:posted', (message) => this.dispatch({ type: 'chat-posted', message }));
    socket.on('reaction:sent', ({ peerId, reaction }) => this.reactionReceived(peerId, reaction));
    socket.on('mic:mutedByFacilitator', ({ byName }) => {
      this.deps.onMutedByFacilitator();
      this.notify({ kind: 'muted', byName });
    });
    socket.on('role:changed', ({ role, facilitatorToken }) => {
      this.dispatch({ type: 'role-changed', role, facilitatorToken });
      this.deps.onRoleChanged(role, facilitatorToken);
      this.notify({ kind: 'role', role });
    });
  }

  /** `receivedAt`: when the join response arrived, for the clock offset. */
  joined(response: JoinResponse, receivedAt: number): void {
    this.dispatch({
      type: 'joined',
      selfId: response.self.id,
      role: response.role,
      facilitatorToken: response.facilitatorToken,
      meeting: response.meeting,
      chat: response.chat,
      receivedAt,
    });
  }

  reset(): void {
    clearTimeout(this.noticeTimer);
    clearTimeout(this.expiryTimer);
    this.dispatch({ type: 'reset' });
  }

  /** The chat is on screen (its tab or section shown): what arrives is read. */
  setChatVisible(visible: boolean): void {
    this.dispatch({ type: 'chat-visibility-changed', visible });
  }

  dismissNotice(id: number): void {
    this.dispatch({ type: 'notice-dismissed', id });
  }

  // Requests: each resolves true once the server accepted it; a refusal shows a notice.

  addItem(title: string, durationMinutes?: number): Promise<boolean> {
    return this.perform('agenda:add', { title, ...(durationMinutes ? { durationMinutes } : {}) });
  }

  setTimeBox(itemId: string, durationMinutes: number | null): Promise<boolean> {
    return this.perform('agenda:update', { itemId, durationMinutes });
  }

  moveItem(itemId: string, toIndex: number): Promise<boolean> {
    return this.perform('agenda:move', { itemId, toIndex });
  }

  removeItem(itemId: string): Promise<boolean> {
    return this.perform('agenda:remove', { itemId });
  }

  makeCurrent(itemId: string | null): Promise<boolean> {
    return this.perform('agenda:setCurrent', { itemId });
  }

  nextItem(): Promise<boolean> {
    return this.perform('agenda:next', {});
  }

  raiseHand(reply: boolean): Promise<boolean> {
    return this.perform('hand:raise', { reply });
  }

  lowerHand(): Promise<boolean> {
    return this.perform('hand:lower', {});
  }

  /** Facilitator: someone's hand, or everyone's with no peerId. */
  lowerHands(peerId?: string): Promise<boolean> {
    return this.perform('hands:lower', peerId ? { peerId } : {});
  }

  /** Facilitator: to someone, or to the first in the queue with no peerId. */
  giveFloor(peerId?: string): Promise<boolean> {
    return this.perform('floor:give', peerId ? { peerId } : {});
  }

  endTurn(): Promise<boolean> {
    return this.perform('floor:end', {});
  }

  configure(settings: { fairMode?: boolean; speakerLimitSeconds?: number | null }): Promise<boolean> {
    return this.perform('meeting:configure', settings);
  }

  mute(peerId: string): Promise<boolean> {
    return this.perform('peer:mute', { peerId });
  }

  /** keepMine false hands the role over: we become a participant. */
  grantRole(peerId: string, keepMine: boolean): Promise<boolean> {
    return this.perform('role:grant', { peerId, keepMine });
  }

  /** Facilitator: ends the meeting for everyone; `meeting:ended` then closes every call. */
  endMeeting(): Promise<boolean> {
    return this.perform('meeting:end', {});
  }

  sendChat(text: string): Promise<boolean> {
    return this.perform('chat:send', { text });
  }

  react(reaction: Reaction): Promise<boolean> {
    return this.perform('reaction:send', { reaction });
  }

  private async perform<N extends RequestName>(name: N, payload: RequestPayload<N>): Promise<boolean> {
    const request = this.deps.request();
    if (!request) {
      this.notify({ kind: 'failed', code: 'DISCONNECTED' });
      return false;
    }
    try {
      await request(name, payload);
      return true;
    } catch (error) {
      // That connection was closed on purpose meanwhile (left, meeting ended): nothing to report.
      if (this.deps.request() !== request) return false;
      this.notify({ kind: 'failed', code: error instanceof RequestError ? error.code : 'INTERNAL' });
      return false;
    }
  }

  private reactionReceived(peerId: string, reaction: Reaction): void {
    this.reactionCount += 1;
    this.dispatch({ type: 'reaction-received', reaction: { id: this.reactionCount, peerId, reaction, at: Date.now() } });
    this.scheduleExpiry();
  }

  /** One timer, for the reaction that expires first; it sets the next one. */
  private scheduleExpiry(): void {
    clearTimeout(this.expiryTimer);
    const expiry = nextExpiry(this.state.reactions);
    if (expiry === null) return;
    this.expiryTimer = setTimeout(() => {
      this.dispatch({ type: 'reactions-expired', now: Date.now() });
      this.scheduleExpiry();
    }, Math.max(0, expiry - Date.now()));
  }

  private notify(notice: DistributiveOmit<MeetingNotice, 'id'>): void {
    const id = ++this.noticeCount;
    this.dispatch({ type: 'notice-shown', notice: { ...notice, id } as MeetingNotice });
    clearTimeout(this.noticeTimer);
    this.noticeTimer = setTimeout(() => this.dismissNotice(id), NOTICE_MS);
  }

  private dispatch(action: FacilitationAction): void {
    this.store.dispatch(action);
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
