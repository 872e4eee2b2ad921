import { describe, expect, it } from 'vitest';
import { initialLinks, linksReducer, type LinksView } from './workshop-links';

const invitation = { inviteId: 'i1', fromRoom: 'atelier-a', expiresAt: 0, fromLive: false };

describe('linksReducer', () => {
  it('keeps each invitation once and forgets it when answered or expired', () => {
    let view = linksReducer(initialLinks, { type: 'invited', invitation });
    view = linksReducer(view, { type: 'invited', invitation });
    expect(view.invitations).toEqual([invitation]);
    expect(linksReducer(view, { type: 'invitation-gone', inviteId: 'i1' }).invitations).toEqual([]);
  });

  it('reports the answer to the invitation we wait for, and only that one', () => {
    const waiting: LinksView = { ...initialLinks, outcome: { kind: 'waiting', room: 'atelier-b', inviteId: 'i2' } };
    expect(linksReducer(waiting, { type: 'answered', inviteId: 'old', room: 'atelier-c', accepted: true })).toBe(waiting);
    expect(linksReducer(waiting, { type: 'answered', inviteId: 'i2', room: 'atelier-b', accepted: true }).outcome).toEqual({ kind: 'accepted', room: 'atelier-b' });
    expect(linksReducer(waiting, { type: 'answered', inviteId: 'i2', room: 'atelier-b', accepted: false }).outcome).toEqual({ kind: 'refused', room: 'atelier-b' });
  });
});
