import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { RequestError, type Request } from '../signalling/request';
import type { MinutesConnection, MinutesProvider } from './minutes-provider';

/**
 * An in-memory stand-in for the server's minutes handlers, for unit tests: one Y.Doc, relayed
 * updates and awareness, and a switch per client to cut its connection.
 */
export class TestMinutesServer {
  readonly doc = new Y.Doc();
  /** What the server knows of who is editing (it only relays these). */
  readonly awareness = new Awareness(new Y.Doc());
  readonly received: string[] = [];
  private readonly clients = new Map<MinutesProvider, { online: boolean }>();

  constructor(readonly meetingId = 'meeting-1') {
    this.awareness.setLocalState(null);
  }

  /** A connection for one provider; `connect` then attaches it and says "joined". */
  connectionFor(): MinutesConnection & { attach(provider: MinutesProvider): void } {
    let provider: MinutesProvider | null = null;
    const server = this;
    return {
      attach(attached) {
        provider = attached;
        server.clients.set(attached, { online: true });
      },
      get request(): Request | null {
        if (!provider || !server.clients.get(provider)?.online) return null;
        const from = provider;
        return (async (name: string, payload: { stateVector?: Uint8Array; update?: Uint8Array }) => {
          await Promise.resolve();
          if (!server.clients.get(from)?.online) throw new RequestError('DISCONNECTED', `${name}: not connected`);
          server.received.push(name);
          return server.handle(from, name, payload);
        }) as Request;
      },
    };
  }

  setOnline(provider: MinutesProvider, online: boolean): void {
    this.clients.set(provider, { online });
    if (online) provider.joined();
    else provider.connectionLost();
  }

  private handle(from: MinutesProvider, name: string, payload: { stateVector?: Uint8Array; update?: Uint8Array }): unknown {
    switch (name) {
      case 'minutes:sync': {
        const others = [...this.awareness.getStates().keys()];
        return {
          meetingId: this.meetingId,
          update: Y.encodeStateAsUpdate(this.doc, payload.stateVector),
          stateVector: Y.encodeStateVector(this.doc),
          awareness: others.length > 0 ? encodeAwarenessUpdate(this.awareness, others) : null,
        };
      }
      case 'minutes:update':
        Y.applyUpdate(this.doc, payload.update!);
        this.broadcast(from, (client) => client.remoteUpdate(payload.update!));
        return {};
      case 'minutes:awareness':
        applyAwarenessUpdate(this.awareness, payload.update!, 'client');
        this.broadcast(from, (client) => client.remoteAwareness(payload.update!));
        return {};
      default:
        throw new Error(`unexpected request ${name}`);
    }
  }

  private broadcast(from: MinutesProvider, deliver: (client: MinutesProvider) => void): void {
    for (const [client, { online }] of this.clients) if (client !== from && online) deliver(client);
  }
}
