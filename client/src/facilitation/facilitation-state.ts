import type { ChatMessage, MeetingState, Role } from '@palabre/shared';
import type { RequestErrorCode } from '../signalling/request';
import { addReaction, pruneReactions, type FloatingReaction } from './reactions';
import { betterOffset, offsetSample, type ClockOffset } from './server-clock';

/*
 * What the UI shows of the facilitated meeting, as plain data: the meeting as the server last
 * sent it (agenda, queue, floor), our role, the chat, reactions in the air and a short notice.
 * Kept apart from the call's state: the call is media and people, this is how they meet.
 */

export type MeetingNotice =
  | { id: number; kind: 'muted'; byName: string }
  | { id: number; kind: 'role'; role: Role }
  | { id: number; kind: 'failed'; code: RequestErrorCode };

export interface FacilitationState {
  selfId: string | null;
  role: Role;
  /** The room's facilitator secret, known to facilitators only (for the facilitator link). */
  facilitatorToken: string | null;
  /** null before the first join. */
  meeting: MeetingState | null;
  /** How far the server's clock is from ours; timers read the server's clock. */
  clock: ClockOffset | null;
  chat: ChatMessage[];
  /** Others' messages that arrived while the chat was not on screen. */
  unreadChat: number;
  chatVisible: boolean;
  reactions: readonly FloatingReaction[];
  notice: MeetingNotice | null;
}

export type FacilitationAction =
  | {
      type: 'joined';
      selfId: string;
      role: Role;
      facilitatorToken: string | null;
      meeting: MeetingState;
      chat: ChatMessage[];
      receivedAt: number;
    }
  | { type: 'meeting-updated'; meeting: MeetingState; receivedAt: number }
  | { type: 'chat-posted'; message: ChatMessage }
  | { type: 'chat-visibility-changed'; visible: boolean }
  | { type: 'reaction-received'; reaction: FloatingReaction }
  | { type: 'reactions-expired'; now: number }
  | { type: 'role-changed'; role: Role; facilitatorToken: string | null }
  | { type: 'notice-shown'; notice: MeetingNotice }
  | { type: 'notice-dismissed'; id: number }
  | { type: 'reset' };

/** The chat keeps the latest messages; the server keeps them all. */
export const MAX_CHAT_MESSAGES = 500;

export const initialFacilitationState: FacilitationState = {
  selfId: null,
  role: 'participant',
  facilitatorToken: null,
  meeting: null,
  clock: null,
  chat: [],
  unreadChat: 0,
  chatVisible: false,
  reactions: [],
  notice: null,
};

export function facilitationReducer(state: FacilitationState, action: FacilitationAction): FacilitationState {
  switch (action.type) {
    case 'joined': {
      // A rejoin after a drop: messages posted meanwhile are unread, unless the chat is open.
      const sameMeeting = state.meeting?.meetingId === action.meeting.meetingId;
      const known = new Set(state.chat.map((message) => message.id));
      const missed = sameMeeting ? action.chat.filter((message) => !known.has(message.id) && message.peerId !== action.selfId).length : 0;
      return {
        ...state,
        selfId: action.selfId,
        role: action.role,
        facilitatorToken: action.facilitatorToken,
        meeting: action.meeting,
        // A new connection may reach a restarted server: start the estimate afresh.
        clock: offsetSample(action.meeting.serverTime, action.receivedAt),
        chat: action.chat.slice(-MAX_CHAT_MESSAGES),
        unreadChat: sameMeeting && !state.chatVisible ? state.unreadChat + missed : 0,
      };
    }
    case 'meeting-updated':
      return {
        ...state,
        meeting: action.meeting,
        clock: betterOffset(state.clock, offsetSample(action.meeting.serverTime, action.receivedAt)),
      };
    case 'chat-posted': {
      const { message } = action;
      if (state.chat.some((existing) => existing.id === message.id)) return state;
      const unseen = !state.chatVisible && message.peerId !== state.selfId;
      return {
        ...state,
        chat: [...state.chat, message].slice(-MAX_CHAT_MESSAGES),
        unreadChat: unseen ? state.unreadChat + 1 : state.unreadChat,
      };
    }
    case 'chat-visibility-changed':
      if (state.chatVisible === action.visible && (!action.visible || state.unreadChat === 0)) return state;
      return { ...state, chatVisible: action.visible, unreadChat: action.visible ? 0 : state.unreadChat };
    case 'reaction-received':
      return { ...state, reactions: addReaction(state.reactions, action.reaction) };
    case 'reactions-expired': {
      const reactions = pruneReactions(state.reactions, action.now);
      return reactions === state.reactions ? state : { ...state, reactions };
    }
    case 'role-changed':
      return { ...state, role: action.role, facilitatorToken: action.facilitatorToken };
    case 'notice-shown':
      return { ...state, notice: action.notice };
    case 'notice-dismissed':
      return state.notice?.id === action.id ? { ...state, notice: null } : state;
    case 'reset':
      // Whether the chat is on screen is the page's business, not the call's.
      return { ...initialFacilitationState, chatVisible: state.chatVisible };
    default:
      return assertNever(action);
  }
}

function assertNever(value: never): never {
  throw new Error(`unexpected action ${JSON.stringify(value)}`);
}
