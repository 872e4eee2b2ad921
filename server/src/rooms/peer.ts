import type { PeerInfo, Role, ServerToClientEvents } from '@palabre/shared';
import type { PalabreSocket } from '../signalling/types.js';
import { PeerMedia } from './peer-media.js';

/**
 * A peer's life: `joined` with a live socket; `reconnecting` after its socket dropped, while it
 * keeps its seat (and its media, which may still flow) for a grace period; `left` for good.
 * `linked` is another room shown here as one tile (a workshop link): media, but no socket.
 */
export type PeerState =
  | { status: 'joined'; socket: PalabreSocket }
  | { status: 'linked'; room: string }
  | { status: 'reconnecting'; since: number; expiry: NodeJS.Timeout }
  | { status: 'left' };

export class Peer {
  readonly media: PeerMedia;
  private current: PeerState;

  constructor(
    /** Durable: the same person keeps it across reconnections and server restarts. */
    readonly id: string,
    readonly name: string,
    public role: Role,
    /** The secret that lets the same person reclaim this seat. */
    readonly resumeToken: string,
    socket: PalabreSocket | { linkedRoom: string },
    /** Said at their first join: everyone sees a discreet "first time" mark. */
    readonly firstTime = false,
  ) {
    this.media = new PeerMedia(this.id);
    this.current = 'linkedRoom' in socket ? { status: 'linked', room: socket.linkedRoom } : { status: 'joined', socket };
  }

  /** The tile of another room, named after it; it never joins, reconnects or gets a role. */
  static forLinkedRoom(id: string, room: string): Peer {
    return new Peer(id, room, 'participant', '', { linkedRoom: room });
  }

  /** The linked room this tile shows, if it is one. */
  get linkedRoom(): string | null {
    return this.current.status === 'linked' ? this.current.room : null;
  }

  get state(): PeerState {
    return this.current;
  }

  get socket(): PalabreSocket | undefined {
    return this.current.status === 'joined' ? this.current.socket : undefined;
  }

  info(): PeerInfo {
    const linkedRoom = this.linkedRoom;
    return {
      id: this.id,
      name: this.name,
      mic: this.media.isLive('mic'),
      camera: this.media.isLive('camera'),
      screen: this.media.isLive('screen'),
      connection: this.current.status === 'reconnecting' ? 'reconnecting' : 'connected',
      role: this.role,
      firstTime: this.firstTime,
      ...(linkedRoom === null ? {} : { linkedRoom }),
    };
  }

  send<E extends keyof ServerToClientEvents>(event: E, ...args: Parameters<ServerToClientEvents[E]>): void {
    this.socket?.emit(event, ...args);
  }

  /** The connection dropped: keep the seat until `onExpiry` runs after `graceMs`. */
  suspend(graceMs: number, onExpiry: () => void): void {
    if (this.current.status !== 'joined') return;
    const expiry = setTimeout(onExpiry, graceMs);
    expiry.unref();
    this.current = { status: 'reconnecting', since: Date.now(), expiry };
  }

  /**
   * The same person is back on a new socket: the old media is dropped (the client sets it up
   * again) and the old socket, if the server had not noticed it died, is let go.
   */
  resume(socket: PalabreSocket): void {
    const previous = this.current;
    switch (previous.status) {
      case 'joined':
        if (previous.socket !== socket) previous.socket.disconnect(true);
        break;
      case 'reconnecting':
        clearTimeout(previous.expiry);
        break;
      case 'left':
        throw new Error('a peer that left cannot resume');
      case 'linked':
        throw new Error('a linked room has no seat to resume');
      default:
        assertNever(previous);
    }
    this.media.close();
    this.current = { status: 'joined', socket };
  }

  /** Idempotent: closes all media and forgets the socket. */
  close(): void {
    if (this.current.status === 'reconnecting') clearTimeout(this.current.expiry);
    this.current = { status: 'left' };
    this.media.close();
  }
}

export function assertNever(value: never): never {
  throw new Error(`unexpected value ${JSON.stringify(value)}`);
}
