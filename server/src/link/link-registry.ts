import { randomUUID } from 'node:crypto';
import { AppError, type ServerToClientEvents } from '@palabre/shared';
import { requireFacilitator, type Actor } from '../facilitation/meeting.js';
import type { Logger } from '../observability/logger.js';
import type { Room } from '../rooms/room.js';
import type { RoomManager } from '../rooms/room-manager.js';
import { LinkFeed } from './link-feed.js';

/** An invitation nobody answered lapses: the inviting facilitator sees it refused. */
const INVITE_TTL_MS = 60_000;

interface Invite {
  id: string;
  from: Room;
  to: Room;
  expiresAt: number;
  timer: NodeJS.Timeout;
}

interface Link {
  rooms: [Room, Room];
  feeds: LinkFeed[];
  forget: () => void;
}

/**
 * Workshop links between open rooms. A facilitator invites another room by name; one of its
 * facilitators accepts (nobody gets linked to, and shown in, a room they did not agree to); then
 * each room shows the other as one tile, until a facilitator of either ends it or either room
 * closes. A room may link with several others; links are not chained (a room's tile is never
 * sent on to a third room), which also keeps audio from looping.
 */
export class LinkRegistry {
  private readonly invites = new Map<string, Invite>();
  private readonly links = new Set<Link>();

  constructor(
    private readonly rooms: RoomManager,
    private readonly logger: Logger,
  ) {}

  invite(from: Room, actor: Actor, roomName: string): { inviteId: string; expiresAt: number } {
    requireFacilitator(actor, 'link another room');
    if (roomName === from.name) throw new AppError('INVALID_PAYLOAD', 'a room cannot be linked with itself');
    const to = this.rooms.get(roomName);
    if (!to) throw new AppError('NOT_FOUND', `nobody is in the room "${roomName}" now; a link needs someone there to accept it`);
    if (this.linkBetween(from, to)) throw new AppError('INVALID_PAYLOAD', `this room is already linked with "${roomName}"`);
    if (facilitatorsOf(to).length === 0) throw new AppError('NOT_FOUND', `no facilitator is in "${roomName}" now to accept the link`);
    const id = randomUUID();
    const expiresAt = Date.now() + INVITE_TTL_MS;
    const timer = setTimeout(() => this.refuse(id), INVITE_TTL_MS);
    timer.unref();
    this.invites.set(id, { id, from, to, expiresAt, timer });
    tellFacilitators(to, 'link:invited', { inviteId: id, fromRoom: from.name, expiresAt, fromLive: from.liveState.status !== 'off' });
    return { inviteId: id, expiresAt };
  }

  async answer(room: Room, actor: Actor, inviteId: string, accept: boolean): Promise<{ linked: boolean }> {
    requireFacilitator(actor, 'answer a link invitation');
    const invite = this.invites.get(inviteId);
    if (!invite || invite.to !== room) throw new AppError('NOT_FOUND', 'this invitation has expired or was not for this room');
    if (!accept) {
      this.refuse(inviteId);
      return { linked: false };
    }
    this.drop(invite);
    const { from, to } = invite;
    if (!this.rooms.get(from.name) || this.rooms.get(from.name) !== from) {
      throw new AppError('NOT_FOUND', `the room "${from.name}" closed meanwhile`);
    }
    try {
      await this.link(from, to);
    } catch (error) {
      // The inviting side is waiting for an answer: it did not happen.
      tellFacilitators(from, 'link:answered', { inviteId, room: to.name, accepted: false });
      throw error;
    }
    tellFacilitators(from, 'link:answered', { inviteId, room: to.name, accepted: true });
    return { linked: true };
  }

  end(room: Room, actor: Actor, otherName: string): void {
    requireFacilitator(actor, 'end a link');
    const other = this.rooms.get(otherName);
    const link = other && this.linkBetween(room, other);
    if (!link) throw new AppError('NOT_FOUND', `this room is not linked with "${otherName}"`);
    this.unlink(link);
  }

  /** Server shutdown. */
  close(): void {
    for (const link of [...this.links]) this.unlink(link);
    for (const invite of [...this.invites.values()]) this.drop(invite);
  }

  private async link(a: Room, b: Room): Promise<void> {
    const feeds: LinkFeed[] = [];
    try {
      feeds.push(await LinkFeed.open(a, b, this.logger));
      feeds.push(await LinkFeed.open(b, a, this.logger));
    } catch (error) {
      for (const feed of feeds) feed.close();
      this.logger.error({ err: error, rooms: [a.name, b.name] }, 'link could not start');
      throw new AppError('MEDIA_UNAVAILABLE', 'the link could not be set up; try again');
    }
    const onClose = () => this.unlink(link);
    const onLive = () => this.tellLinkedLive(a, b);
    const link: Link = {
      rooms: [a, b],
      feeds,
      forget: () => {
        for (const room of [a, b]) {
          room.off('close', onClose);
          room.off('liveChanged', onLive);
        }
      },
    };
    for (const room of [a, b]) {
      room.once('close', onClose);
      room.on('liveChanged', onLive);
    }
    for (const feed of feeds) feed.once('lost', onClose);
    this.links.add(link);
    this.tellLinkedLive(a, b);
    this.logger.info({ rooms: [a.name, b.name] }, 'rooms linked');
  }

  private unlink(link: Link): void {
    if (!this.links.delete(link)) return;
    link.forget();
    for (const feed of link.feeds) feed.close();
    this.tellLinkedLive(...link.rooms);
    this.logger.info({ rooms: link.rooms.map((room) => room.name) }, 'link ended');
  }

  /** Consent: each room learns which of its linked rooms stream it live now. */
  private tellLinkedLive(...rooms: Room[]): void {
    for (const room of rooms) {
      const live = [...this.links]
        .filter((link) => link.rooms.includes(room))
        .map((link) => (link.rooms[0] === room ? link.rooms[1] : link.rooms[0]))
        .filter((other) => other.liveState.status !== 'off')
        .map((other) => other.name)
        .sort();
      room.setLinkedLive(live);
    }
  }

  private refuse(inviteId: string): void {
    const invite = this.invites.get(inviteId);
    if (!invite) return;
    this.drop(invite);
    tellFacilitators(invite.from, 'link:answered', { inviteId, room: invite.to.name, accepted: false });
  }

  private drop(invite: Invite): void {
    clearTimeout(invite.timer);
    this.invites.delete(invite.id);
  }

  private linkBetween(a: Room, b: Room): Link | undefined {
    for (const link of this.links) {
      if (link.rooms.includes(a) && link.rooms.includes(b)) return link;
    }
    return undefined;
  }
}

function facilitatorsOf(room: Room) {
  return [...room.peers.values()].filter((peer) => peer.role === 'facilitator' && peer.socket !== undefined);
}

function tellFacilitators<E extends 'link:invited' | 'link:answered'>(room: Room, event: E, ...args: Parameters<ServerToClientEvents[E]>): void {
  for (const peer of facilitatorsOf(room)) peer.send(event, ...args);
}
