import type { Request } from '../signalling/request';
import type { PalabreSocket } from '../signalling/socket';

/** Socket.IO hands binary over as an ArrayBuffer in the browser, a Buffer (a Uint8Array) in Node. */
export function toBytes(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/** What the minutes' sync provider is told about the call's connection. */
export interface MinutesEndpoint {
  /** We hold our seat in the room (first join or rejoin): the provider syncs. */
  joined(): void;
  /** The socket dropped: edits stay local until the next joined(). */
  connectionLost(): void;
  remoteUpdate(update: Uint8Array): void;
  remoteAwareness(update: Uint8Array): void;
  /** Left the call or the meeting ended: this document is done with. */
  close(): void;
}

/**
 * The small part of the minutes that every call carries: it forwards the socket's minutes
 * events and the connection's ups and downs to the sync provider, if one is attached. The
 * provider itself (Yjs, the editor) is loaded only when someone opens the minutes, so joining a
 * call does not pay for it; until then the events are dropped, and the first sync fetches all.
 */
export class MinutesLink {
  private endpoint: MinutesEndpoint | null = null;
  private seated = false;

  constructor(private readonly currentRequest: () => Request | null) {}

  /** The current connection's request function, null while there is none. */
  get request(): Request | null {
    return this.seated ? this.currentRequest() : null;
  }

  get isJoined(): boolean {
    return this.seated;
  }

  get attached(): MinutesEndpoint | null {
    return this.endpoint;
  }

  listen(socket: PalabreSocket): void {
    socket.on('minutes:updated', ({ update }) => this.endpoint?.remoteUpdate(toBytes(update)));
    socket.on('minutes:awareness', ({ update }) => this.endpoint?.remoteAwareness(toBytes(update)));
  }

  /** Attaches the provider, which syncs at once if we are in the call. */
  attach(endpoint: MinutesEndpoint): void {
    this.endpoint?.close();
    this.endpoint = endpoint;
    if (this.seated) endpoint.joined();
  }

  joined(): void {
    this.seated = true;
    this.endpoint?.joined();
  }

  connectionLost(): void {
    if (!this.seated) return;
    this.seated = false;
    this.endpoint?.connectionLost();
  }

  /** The call is over for this page: the next call starts a new provider (and document). */
  reset(): void {
    this.seated = false;
    const endpoint = this.endpoint;
    this.endpoint = null;
    endpoint?.close();
  }
}
