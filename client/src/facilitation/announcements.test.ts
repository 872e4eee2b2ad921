import { describe, expect, it } from 'vitest';
import { meetingAnnouncements } from './announcements';
import { canMoveOn, currentItem, handOf, hasFloor } from './meeting-selectors';
import { agendaItem, meetingState, queued } from './test-meeting';

describe('meeting selectors', () => {
  const meeting = meetingState({
    agenda: [agendaItem('a', { status: 'done' }), agendaItem('b', { status: 'current' })],
    currentItemId: 'b',
    queue: [queued('bob', { reply: true }), queued('carol')],
    speaker: { peerId: 'dan', name: 'Dan', since: 0 },
  });

  it('find a hand’s place in the server’s order', () => {
    expect(handOf(meeting, 'bob')).toEqual({ position: 1, reply: true });
    expect(handOf(meeting, 'carol')).toEqual({ position: 2, reply: false });
    expect(handOf(meeting, 'dan')).toBeNull();
    expect(handOf(null, 'bob')).toBeNull();
  });

  it('find the current item and the floor holder', () => {
    expect(currentItem(meeting)?.id).toBe('b');
    expect(currentItem(meetingState())).toBeNull();
    expect(hasFloor(meeting, 'dan')).toBe(true);
    expect(hasFloor(meeting, 'bob')).toBe(false);
  });

  it('know whether "Next item" has anything to do', () => {
    expect(canMoveOn(meeting)).toBe(true);
    expect(canMoveOn(meetingState({ agenda: [agendaItem('a', { status: 'done' })] }))).toBe(false);
  });
});

describe('meetingAnnouncements', () => {
  const base = meetingState({ agenda: [agendaItem('a', { title: 'Tour de table' })] });

  it('says nothing about the state a page joins with', () => {
    expect(meetingAnnouncements(null, base, 'me')).toEqual([]);
  });

  it('announces the current item', () => {
    const started = { ...base, currentItemId: 'a' };
    expect(meetingAnnouncements(base, started, 'me')).toEqual([{ key: 'currentItem', title: 'Tour de table' }]);
    expect(meetingAnnouncements(started, base, 'me')).toEqual([{ key: 'noCurrentItem' }]);
  });

  it('announces the floor, ours in our own words', () => {
    const queue = { ...base, queue: [queued('bob'), queued('me')] };
    const bobSpeaks = { ...base, queue: [queued('me')], speaker: { peerId: 'bob', name: 'Bob', since: 5 } };
    expect(meetingAnnouncements(queue, bobSpeaks, 'me')).toEqual([
      { key: 'floorGiven', name: 'Bob' },
      { key: 'yourPosition', position: 1 },
    ]);
    const mine = { ...base, speaker: { peerId: 'me', name: 'Me', since: 9 } };
    expect(meetingAnnouncements(bobSpeaks, mine, 'me')).toEqual([{ key: 'floorYours' }]);
    expect(meetingAnnouncements(mine, base, 'me')).toEqual([{ key: 'floorEnded' }]);
  });

  it('announces hands going up, and our own place', () => {
    const one = { ...base, queue: [queued('bob')] };
    expect(meetingAnnouncements(base, one, 'me')).toEqual([{ key: 'handRaised', name: 'Bob', count: 1 }]);
    const withMe = { ...base, queue: [queued('bob'), queued('me')] };
    expect(meetingAnnouncements(one, withMe, 'me')).toEqual([{ key: 'yourPosition', position: 2 }]);
    const replyFirst = { ...base, queue: [queued('carol', { reply: true }), queued('bob'), queued('me')] };
    expect(meetingAnnouncements(withMe, replyFirst, 'me')).toEqual([
      { key: 'handRaised', name: 'Carol', count: 3 },
      { key: 'yourPosition', position: 3 },
    ]);
    const many = { ...base, queue: [queued('x'), queued('y'), queued('z')] };
    expect(meetingAnnouncements(base, many, 'me')).toEqual([{ key: 'handsRaised', raised: 3, count: 3 }]);
  });

  it('tells us when our hand went down without the floor, and when all hands went down', () => {
    const withMe = { ...base, queue: [queued('me')] };
    expect(meetingAnnouncements(withMe, base, 'me')).toEqual([{ key: 'yourHandLowered' }]);
    const several = { ...base, queue: [queued('bob'), queued('me')] };
    expect(meetingAnnouncements(several, base, 'me')).toEqual([{ key: 'queueCleared' }]);
  });
});
