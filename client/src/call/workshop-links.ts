import type { Request, RequestErrorCode } from '../signalling/request';
import { RequestError } from '../signalling/request';
import type { PalabreSocket } from '../signalling/socket';
import { createStore, type Store } from '../state/store';

/** Another room asking to link with ours, waiting for one of our facilitators. */
export interface LinkInvitation {
  inviteId: string;
  fromRoom: string;
  expiresAt: number;
  /** The inviting room is streamed live: accepting puts our people in its stream. */
  fromLive: boolean;
}

/** What our facilitator last asked or heard, shown under the link form. */
export type LinkOutcome =
  | { kind: 'waiting'; room: string; inviteId: string }
  | { kind: 'accepted'; room: string }
  | { kind: 'refused'; room: string }
  | { kind: 'failed'; room: string; code: RequestErrorCode; message: string };

export interface LinksView {
  invitations: LinkInvitation[];
  outcome: LinkOutcome | null;
  busy: boolean;
}

export type LinksAction =
  | { type: 'invited'; invitation: LinkInvitation }
  | { type: 'invitation-gone'; inviteId: string }
  | { type: 'outcome'; outcome: LinkOutcome | null }
  | { type: 'answered'; inviteId: string; room: string; accepted: boolean }
  | { type: 'busy'; busy: boolean }
  | { type: 'reset' };

export const initialLinks: LinksView = { invitations: [], outcome: null, busy: false };

export function linksReducer(view: LinksView, action: LinksAction): LinksView {
  switch (action.type) {
    case 'invited':
      return { ...view, invitations: [...view.invitations.filter((entry) => entry.inviteId !== action.invitation.inviteId), action.invitation] };
    case 'invitation-gone':
      return { ...view, invitations: view.invitations.filter((entry) => entry.inviteId !== action.inviteId) };
    case 'outcome':
      return { ...view, outcome: action.outcome };
    case 'answered': {
      // Only the answer to what we are waiting for: an older invitation's answer is news no more.
      const { outcome } = view;
      if (outcome?.kind !== 'waiting' || outcome.inviteId !== action.inviteId) return view;
      return { ...view, outcome: { kind: action.accepted ? 'accepted' : 'refused', room: action.room } };
    }
    case 'busy':
      return { ...view, busy: action.busy };
    case 'reset':
      return initialLinks;
  }
}

/**
 * Workshop links as the call sees them: a facilitator invites another room, the other room's
 * facilitators see the invitation and answer, either side ends a link. The linked rooms
 * themselves arrive as peers (PeerInfo.linkedRoom): the grid and the list show them like people.
 */
export class WorkshopLinks {
  readonly store: Store<LinksView, LinksAction> = createStore(linksReducer, initialLinks);
  private expiries = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly currentRequest: () => Request | null) {}

  listen(socket: PalabreSocket): void {
    socket.on('link:invited', (invitation) => {
      this.store.dispatch({ type: 'invited', invitation });
      const expiry = setTimeout(() => this.forget(invitation.inviteId), Math.max(0, invitation.expiresAt - Date.now()));
      this.expiries.set(invitation.inviteId, expiry);
    });
    socket.on('link:answered', (answer) => this.store.dispatch({ type: 'answered', ...answer }));
  }

  reset(): void {
    for (const expiry of this.expiries.values()) clearTimeout(expiry);
    this.expiries.clear();
    this.store.dispatch({ type: 'reset' });
  }

  invite(room: string): Promise<void> {
    return this.send(room, async (request) => {
      const { inviteId } = await request('link:request', { room });
      // The answer may already have come while the ack travelled: keep it.
      if (this.store.getState().outcome?.kind !== 'waiting') this.store.dispatch({ type: 'outcome', outcome: { kind: 'waiting', room, inviteId } });
    });
  }

  answer(invitation: LinkInvitation, accept: boolean): Promise<void> {
    this.forget(invitation.inviteId);
    return this.send(invitation.fromRoom, async (request) => {
      await request('link:answer', { inviteId: invitation.inviteId, accept });
    });
  }

  end(room: string): Promise<void> {
    return this.send(room, async (request) => {
      await request('link:end', { room });
    });
  }

  dismiss(): void {
    this.store.dispatch({ type: 'outcome', outcome: null });
  }

  private forget(inviteId: string): void {
    clearTimeout(this.expiries.get(inviteId));
    this.expiries.delete(inviteId);
    this.store.dispatch({ type: 'invitation-gone', inviteId });
  }

  private async send(room: string, job: (request: Request) => Promise<void>): Promise<void> {
    const request = this.currentRequest();
    if (!request) return;
    this.store.dispatch({ type: 'busy', busy: true });
    try {
      await job(request);
    } catch (error) {
      const code = error instanceof RequestError ? error.code : 'INTERNAL';
      const message = error instanceof Error ? error.message : String(error);
      this.store.dispatch({ type: 'outcome', outcome: { kind: 'failed', room, code, message } });
    } finally {
      this.store.dispatch({ type: 'busy', busy: false });
    }
  }
}
