import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '@palabre/shared';
import { facilitationReducer, initialFacilitationState, MAX_CHAT_MESSAGES, type FacilitationAction, type FacilitationState } from './facilitation-state';
import { REACTION_LIFETIME_MS } from './reactions';
import { serverNow } from './server-clock';
import { meetingState } from './test-meeting';

const message = (id: string, peerId = 'bob'): ChatMessage => ({ id, peerId, name: peerId, text: `text ${id}`, sentAt: 0 });

const run = (...actions: FacilitationAction[]): FacilitationState => actions.reduce(facilitationReducer, initialFacilitationState);

const joined = (overrides: Partial<Extract<FacilitationAction, { type: 'joined' }>> = {}): FacilitationAction => ({
  type: 'joined',
  selfId: 'me',
  role: 'participant',
  facilitatorToken: null,
  meeting: meetingState({ serverTime: 10_000 }),
  chat: [],
  receivedAt: 9_000,
  ...overrides,
});

describe('facilitationReducer', () => {
  it('takes role, meeting, chat and the clock offset from the join', () => {
    const state = run(joined({ role: 'facilitator', facilitatorToken: 'secret', chat: [message('c1')] }));
    expect(state).toMatchObject({ selfId: 'me', role: 'facilitator', facilitatorToken: 'secret', unreadChat: 0 });
    expect(state.chat.map((m) => m.id)).toEqual(['c1']);
    expect(serverNow(state.clock, 9_500)).toBe(10_500);
  });

  it('follows meeting:updated, keeping the best clock offset', () => {
    const state = run(
      joined(),
      { type: 'meeting-updated', meeting: meetingState({ serverTime: 20_000, fairMode: true }), receivedAt: 19_200 },
    );
    expect(state.meeting?.fairMode).toBe(true);
    // The join's sample (+1000 ms) beats this slower one (+800 ms).
    expect(state.clock?.offsetMs).toBe(1_000);
  });

  it('counts others’ messages as unread while the chat is not on screen', () => {
    const state = run(
      joined(),
      { type: 'chat-posted', message: message('c1') },
      { type: 'chat-posted', message: message('c2', 'me') },
      { type: 'chat-posted', message: message('c1') }, // the same message twice counts once
    );
    expect(state.chat.map((m) => m.id)).toEqual(['c1', 'c2']);
    expect(state.unreadChat).toBe(1);
    const read = facilitationReducer(state, { type: 'chat-visibility-changed', visible: true });
    expect(read.unreadChat).toBe(0);
    expect(facilitationReducer(read, { type: 'chat-posted', message: message('c3') }).unreadChat).toBe(0);
  });

  it('counts messages missed during a drop as unread on the rejoin', () => {
    const state = run(
      joined({ chat: [message('c1')] }),
      joined({ chat: [message('c1'), message('c2'), message('c3', 'me')], receivedAt: 30_000 }),
    );
    expect(state.unreadChat).toBe(1);
    // A rejoin reaches maybe a restarted server: the clock estimate starts again.
    expect(state.clock?.sampledAt).toBe(30_000);
  });

  it('keeps the latest messages only', () => {
    const many = Array.from({ length: MAX_CHAT_MESSAGES + 5 }, (_, i) => message(`c${i}`));
    const state = run(joined({ chat: many }), { type: 'chat-posted', message: message('last') });
    expect(state.chat).toHaveLength(MAX_CHAT_MESSAGES);
    expect(state.chat.at(-1)?.id).toBe('last');
  });

  it('lets reactions fade after their lifetime', () => {
    const reaction = { id: 1, peerId: 'bob', reaction: '👏' as const, at: 1_000 };
    const state = run(joined(), { type: 'reaction-received', reaction });
    expect(state.reactions).toEqual([reaction]);
    expect(facilitationReducer(state, { type: 'reactions-expired', now: 1_500 })).toBe(state);
    expect(facilitationReducer(state, { type: 'reactions-expired', now: 1_000 + REACTION_LIFETIME_MS }).reactions).toEqual([]);
  });

  it('follows role:changed', () => {
    const state = run(joined({ role: 'facilitator', facilitatorToken: 'secret' }), {
      type: 'role-changed',
      role: 'participant',
      facilitatorToken: null,
    });
    expect(state).toMatchObject({ role: 'participant', facilitatorToken: null });
  });

  it('dismisses only the notice it was asked to', () => {
    const shown = run({ type: 'notice-shown', notice: { id: 2, kind: 'muted', byName: 'Alice' } });
    expect(facilitationReducer(shown, { type: 'notice-dismissed', id: 1 })).toBe(shown);
    expect(facilitationReducer(shown, { type: 'notice-dismissed', id: 2 }).notice).toBeNull();
  });

  it('forgets the meeting on reset', () => {
    const state = run(joined({ chat: [message('c1')] }), { type: 'chat-visibility-changed', visible: true }, { type: 'reset' });
    expect(state).toEqual({ ...initialFacilitationState, chatVisible: true });
  });
});
