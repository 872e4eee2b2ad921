import { Room, type RoomDeps } from './room.js';

export interface RoomHooks {
  /** A room was loaded with its open meeting, before anyone is seated (the welcome item). */
  roomOpened?(room: Room): void;
}

/** All live rooms by name. Get-or-create is serialized so two first joins share one room. */
export class RoomManager {
  readonly rooms = new Map<string, Room>();
  private readonly creating = new Map<string, Promise<Room>>();

  constructor(
    private readonly deps: RoomDeps,
    private readonly hooks: RoomHooks = {},
  ) {}

  get(name: string): Room | undefined {
    return this.rooms.get(name);
  }

  /** Live, or being opened by a join in progress: its meeting is going on. */
  isActive(name: string): boolean {
    return this.rooms.has(name) || this.creating.has(name);
  }

  async getOrCreate(name: string): Promise<Room> {
    const existing = this.rooms.get(name);
    if (existing) return existing;
    const pending = this.creating.get(name);
    if (pending) return pending;

    // The room's row exists before anything hangs from it (meetings, participants).
    this.deps.storage.rooms.touch(name);
    const creation = Room.create(name, this.deps)
      .then((room) => {
        this.hooks.roomOpened?.(room);
        this.rooms.set(name, room);
        room.once('close', () => {
          if (this.rooms.get(name) === room) this.rooms.delete(name);
        });
        return room;
      })
      .finally(() => this.creating.delete(name));
    this.creating.set(name, creation);
    return creation;
  }

  close(): void {
    for (const room of [...this.rooms.values()]) room.close();
  }
}
