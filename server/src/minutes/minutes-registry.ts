import { type MeetingState } from '@palabre/shared';
import { readMinutes } from '@palabre/shared/minutes-model';
import type { Logger } from '../observability/logger.js';
import type { Room } from '../rooms/room.js';
import type { PalabreSocket } from '../signalling/types.js';
import { docFromUpdates, type MinutesStore } from '../storage/minutes-store.js';
import { LiveMinutes, type LiveMinutesOptions } from './live-minutes.js';
import { looseEnds, writeTemplate } from './template.js';

/**
 * Every compaction re-writes the whole document, so not after each keystroke; 200 updates
 * (a minute of one person typing, a few seconds of a busy meeting) bounds what a load replays
 * while keeping snapshot writes rare. The room closing folds the rest.
 */
const DEFAULT_OPTIONS: LiveMinutesOptions = { compactEvery: 200 };

/**
 * The live minutes of each open meeting (à la Hocuspocus): loaded on first use, kept while the
 * room lives, let go when it closes. Loading is synchronous (better-sqlite3), so two requests
 * can never interleave two loads of the same meeting: the first to run creates the document,
 * the second finds it. If storage ever becomes asynchronous, keep a map of pending loads as
 * RoomManager.getOrCreate does.
 */
export class MinutesRegistry {
  private readonly live = new Map<string, LiveMinutes>();

  constructor(
    private readonly store: MinutesStore,
    private readonly logger: Logger,
    private readonly options: LiveMinutesOptions = DEFAULT_OPTIONS,
  ) {}

  /** The minutes of the room's meeting, loaded, or started from a template the first time. */
  open(room: Room): LiveMinutes {
    const meetingId = room.meeting.id;
    const existing = this.live.get(meetingId);
    if (existing) return existing;

    const agenda = room.meeting.state().agenda;
    const isNew = this.store.isEmpty(meetingId);
    const stored = this.store.load(meetingId);
    const { doc, skipped } = docFromUpdates(stored.updates);
    if (skipped > 0) this.logger.error({ meetingId, skipped }, 'stored minutes updates Yjs refused were skipped');
    const minutes = new LiveMinutes(meetingId, doc, room, this.store, stored.pendingRows, this.options, this.logger);
    this.live.set(meetingId, minutes);
    room.once('close', () => this.unload(meetingId));
    // Sections follow the agenda, whoever changed it (a socket request or the HTTP proposal route).
    const follow = (state: MeetingState) => {
      if (state.meetingId !== meetingId) return;
      try {
        minutes.followAgenda(state.agenda);
      } catch (error) {
        // The agenda change is stored and shown already; the sections catch up at the next one.
        this.logger.error({ err: error, meetingId }, 'minutes sections could not follow the agenda');
      }
    };
    room.on('meetingChanged', follow);
    room.once('close', () => room.off('meetingChanged', follow));

    if (isNew) writeTemplate(doc, agenda, this.carriedOver(room.name, meetingId));
    else minutes.followAgenda(agenda);
    return minutes;
  }

  get(meetingId: string): LiveMinutes | undefined {
    return this.live.get(meetingId);
  }

  /** A connection left its room or dropped: its cursors go, wherever it was editing. */
  forget(socket: PalabreSocket): void {
    for (const minutes of this.live.values()) minutes.awareness.forget(socket);
  }

  close(): void {
    for (const meetingId of [...this.live.keys()]) this.unload(meetingId);
  }

  private unload(meetingId: string): void {
    const minutes = this.live.get(meetingId);
    if (!minutes) return;
    this.live.delete(meetingId);
    minutes.close();
  }

  /** The loose ends of the room's previous meeting, for the new one's general section. */
  private carriedOver(room: string, meetingId: string) {
    const previous = this.store.previousEnded(room, meetingId);
    if (!previous) return [];
    const doc = this.store.replay(previous);
    try {
      return looseEnds(readMinutes(doc, previous));
    } finally {
      doc.destroy();
    }
  }
}
