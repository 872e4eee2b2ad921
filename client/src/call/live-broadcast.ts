import { LIVE_OFF, type LiveMode, type LiveSettingsView, type LiveState } from '@palabre/shared';
import type { Request } from '../signalling/request';
import type { PalabreSocket } from '../signalling/socket';
import { createStore, type Store } from '../state/store';

type LiveAction = { type: 'changed'; state: LiveState } | { type: 'linked'; rooms: string[] } | { type: 'busy'; busy: boolean };

export interface LiveView {
  state: LiveState;
  /** Linked rooms streamed live: our people can be seen in their streams. */
  linkedLive: string[];
  /** A start or stop request is on its way. */
  busy: boolean;
}

const initial: LiveView = { state: LIVE_OFF, linkedLive: [], busy: false };

function reducer(view: LiveView, action: LiveAction): LiveView {
  switch (action.type) {
    case 'changed':
      return { ...view, state: action.state };
    case 'linked':
      return { ...view, linkedLive: action.rooms };
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
    socket.on('link:live', ({ rooms }) => this.store.dispatch({ type: 'linked', rooms }));
  }

  joined(state: LiveState | undefined, linkedLive: string[] | undefined): void {
    this.store.dispatch({ type: 'changed', state: state ?? LIVE_OFF });
    this.store.dispatch({ type: 'linked', rooms: linkedLive ?? [] });
  }

  reset(): void {
    this.store.dispatch({ type: 'changed', state: LIVE_OFF });
    this.store.dispatch({ type: 'linked', rooms: [] });
    this.store.dispatch({ type: 'busy', busy: false });
  }

  /** Goes live as the room is set up (its saved mode and RTMP ingest). */
  start(): Promise<void> {
    return this.send(async (request) => {
      const { state } = await request('live:start', {});
      this.store.dispatch({ type: 'changed', state });
    });
  }

  /** The room's saved stream settings (the facilitator's settings dialog). */
  async settings(): Promise<LiveSettingsView> {
    const request = this.currentRequest();
    if (!request) throw new Error('not in a call');
    return request('live:settings', {});
  }

  /** Saves them; `rtmpUrl` null removes the room's ingest, left out keeps it. */
  async configure(mode: LiveMode, rtmpUrl?: string | null): Promise<LiveSettingsView> {
    const request = this.currentRequest();
    if (!request) throw new Error('not in a call');
    return request('live:configure', { mode, ...(rtmpUrl === undefined ? {} : { rtmpUrl }) });
  }

  /** Shows this person large in the stream (null: the speaker again). */
  pin(peerId: string | null): Promise<void> {
    return this.send(async (request) => {
      const { state } = await request('live:pin', { peerId });
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
