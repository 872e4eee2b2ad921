import { roomPath } from '../app/routing';

/*
 * Who we are in a room survives a reload and a server restart: the resume token the server gave
 * at our first join is kept in sessionStorage (this tab only, gone when it closes) and presented
 * at every join, so the server gives back the same seat, role and raised hand.
 *
 * The facilitator link's secret (`/r/<room>?f=<token>`) is read once from the address bar, taken
 * out of it (so it is not left in the history or shown on a shared screen) and kept beside it.
 */

/** The part of Storage we use, so tests can pass a Map-backed one. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

interface StoredSeat {
  resumeToken: string;
  /**
   * The page that holds the seat, null once that page is gone. "Duplicate tab" copies
   * sessionStorage: two live pages presenting one token would take the seat from each other
   * in turn, so a page that finds the seat held by another takes a new one.
   */
  heldBy: string | null;
}

const seatKey = (room: string) => `palabre.seat.${room}`;
const facilitatorKey = (room: string) => `palabre.facilitator.${room}`;

/** The shape of the server's secrets (base64url, and the bounds of the join schema). */
export function isTokenShaped(value: string): boolean {
  return /^[A-Za-z0-9_-]{16,128}$/.test(value);
}

export class SeatMemory {
  private readonly held = new Set<string>();

  constructor(
    private readonly storage: KeyValueStorage | null,
    /** Different for every page load. */
    private readonly pageId: string,
  ) {}

  /** The token to present when joining `room`, or undefined for a new seat. */
  resumeTokenFor(room: string): string | undefined {
    const seat = this.readSeat(room);
    if (!seat || (seat.heldBy !== null && seat.heldBy !== this.pageId)) return undefined;
    return seat.resumeToken;
  }

  /** The server seated us with this token: it is ours, held by this page. */
  rememberSeat(room: string, resumeToken: string): void {
    this.held.add(room);
    this.write(seatKey(room), JSON.stringify({ resumeToken, heldBy: this.pageId } satisfies StoredSeat));
  }

  /** This page goes away (reload, close): the next page of this tab may take our seats back. */
  releaseSeats(): void {
    for (const room of this.held) {
      const seat = this.readSeat(room);
      if (seat?.heldBy === this.pageId) this.write(seatKey(room), JSON.stringify({ ...seat, heldBy: null }));
    }
  }

  /** The page came back from the back-forward cache: its seats are its own again. */
  reclaimSeats(): void {
    for (const room of this.held) {
      const seat = this.readSeat(room);
      if (seat?.heldBy === null) this.rememberSeat(room, seat.resumeToken);
    }
  }

  facilitatorTokenFor(room: string): string | undefined {
    const token = this.read(facilitatorKey(room));
    return token && isTokenShaped(token) ? token : undefined;
  }

  /** null forgets it: after handing the role over, a reload must not make us facilitator again. */
  rememberFacilitatorToken(room: string, token: string | null): void {
    if (token === null) this.remove(facilitatorKey(room));
    else if (isTokenShaped(token)) this.write(facilitatorKey(room), token);
  }

  private readSeat(room: string): StoredSeat | null {
    const raw = this.read(seatKey(room));
    if (!raw) return null;
    try {
      const seat = JSON.parse(raw) as Partial<StoredSeat>;
      if (typeof seat.resumeToken !== 'string' || !isTokenShaped(seat.resumeToken)) return null;
      return { resumeToken: seat.resumeToken, heldBy: typeof seat.heldBy === 'string' ? seat.heldBy : null };
    } catch {
      return null;
    }
  }

  // Storage can refuse (private browsing, quota): we then simply take a new seat next time.
  private read(key: string): string | null {
    try {
      return this.storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  private write(key: string, value: string): void {
    try {
      this.storage?.setItem(key, value);
    } catch {
      // Not remembered; nothing else changes.
    }
  }

  private remove(key: string): void {
    try {
      this.storage?.removeItem(key);
    } catch {
      // Nothing to do.
    }
  }
}

/** The facilitator secret in a query string, and the query string without it. */
export function takeFacilitatorToken(search: string): { token: string | null; search: string } {
  const params = new URLSearchParams(search);
  const given = params.get('f');
  if (given === null) return { token: null, search };
  params.delete('f');
  const rest = params.toString();
  return { token: isTokenShaped(given) ? given : null, search: rest ? `?${rest}` : '' };
}

export function facilitatorLink(origin: string, room: string, token: string): string {
  return `${origin}${roomPath(room)}?f=${encodeURIComponent(token)}`;
}

/** Browser glue: keeps a facilitator link's secret and takes it out of the address bar. */
export function adoptFacilitatorLink(room: string, memory: SeatMemory): void {
  const { token, search } = takeFacilitatorToken(window.location.search);
  if (search === window.location.search) return;
  if (token) memory.rememberFacilitatorToken(room, token);
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
}

export function browserSessionStorage(): KeyValueStorage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function newPageId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
