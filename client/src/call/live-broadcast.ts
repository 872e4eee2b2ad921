import { LIVE_OFF, type LiveMode, type LiveState } from '@palabre/shared';
import type { Request } from '../signalling/request';
import type { PalabreSocket } from '../signalling/socket';
import { createStore, type Store } from '../state/store';

type LiveAction = { type: 'changed'; state: LiveState } | { type: 'busy'; busy: boolean };

export interface LiveView {
  state: LiveState;
  /** A start or stop request is on its way. */
  busy: boolean;
}

const initial: LiveView = { state: LIVE_OFF, busy: false };

function reducer(view: LiveView, action: LiveAction): LiveView {
  switch (action.type) {
    case 'changed':
      return { ...view, state: action.state };
    case 'busy':
      return { ...view, busy: action.busy };
  }
}

/**
 * The room's live stream as the call sees it: the state everyone is shown (the LIVE badge), and
 * the facilitator's start and stop. The server's `live:changed` is the only source of truth.
 */
export class LiveBroadcast {
  readonly store: Store<LiveView, LiveAction> = createStore(reducer, initial);

  constructor(private readonly currentRequest: () => Request | null) {}

  listen(socket: PalabreSocket): void {
    socket.on('live:changed', (state) => this.store.dispatch({ type: 'changed', state }));
  }

  joined(state: LiveState | undefined): void {
    this.store.dispatch({ type: 'changed', state: state ?? LIVE_OFF });
  }

  reset(): void {
    this.store.dispatch({ type: 'changed', state: LIVE_OFF });
    this.store.dispatch({ type: 'busy', busy: false });
  }

  start(mode: LiveMode = 'composite'): Promise<void> {
    return this.send(async (request) => {
      const { state } = await request('live:start', { mode });
      this.store.dispatch({ type: 'changed', state });
    });
  }

  stop(): Promise<void> {
    return this.send((request) => request('live:stop', {}).then(() => undefined));
  }

  private async send(job: (request: Request) => Promise<void>): Promise<void> {
    const request = this.currentRequest();
    if (!request) return;
    this.store.dispatch({ type: 'busy', busy: true });
    try {
      await job(request);
    } catch (error) {
      console.warn('live request failed', error);
    } finally {
      this.store.dispatch({ type: 'busy', busy: false });
    }
  }
}
