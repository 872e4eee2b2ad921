import { afterEach, describe, expect, it } from 'vitest';
import type { RoomManager } from '../rooms/room-manager.js';
import { noLiveRooms, publishingFixture } from '../test-support/publishing-db.js';
import { MeetingSweeper } from './meeting-sweeper.js';
import { createLogger } from '../observability/logger.js';

const GRACE_MS = 600_000;

describe('a meeting nobody came back to', () => {
  let fixture: ReturnType<typeof publishingFixture>;
  afterEach(() => fixture.close());

  const sweeper = (rooms: RoomManager) =>
    new MeetingSweeper({ ...fixture.stores, rooms, ending: fixture.service.freezer, graceMs: GRACE_MS, logger: createLogger('silent') });

  it('ends once its room has been empty for the grace period, as of its last activity, with its report', () => {
    fixture = publishingFixture();
    const lastActivity = Date.now() - GRACE_MS - 60_000;
    const { meetingId } = fixture.holdMeeting('weekly', lastActivity);
    sweeper(noLiveRooms).sweep();
    expect(fixture.stores.meetings.meeting(meetingId)).toMatchObject({ status: 'ended', endedAt: lastActivity });
    expect(fixture.service.reports.forMeeting(meetingId)?.document.durationMs).toBe(0);
  });

  it('stays open within the grace period', () => {
    fixture = publishingFixture();
    const { meetingId } = fixture.holdMeeting('weekly', Date.now() - GRACE_MS + 60_000);
    sweeper(noLiveRooms).sweep();
    expect(fixture.stores.meetings.meeting(meetingId).status).toBe('open');
  });

  it('stays open while its room is live (or being opened), which counts as activity', () => {
    fixture = publishingFixture();
    const { meetingId } = fixture.holdMeeting('weekly', Date.now() - 2 * GRACE_MS);
    const live = { rooms: new Map([['weekly', { meeting: { id: meetingId } }]]), isActive: () => true } as unknown as RoomManager;
    sweeper(live).sweep();
    expect(fixture.stores.meetings.meeting(meetingId).status).toBe('open');
    // Live just now: an hour later without the room, it is within the grace again.
    sweeper(noLiveRooms).sweep(Date.now() + GRACE_MS - 1_000);
    expect(fixture.stores.meetings.meeting(meetingId).status).toBe('open');
    sweeper(noLiveRooms).sweep(Date.now() + GRACE_MS + 1_000);
    expect(fixture.stores.meetings.meeting(meetingId).status).toBe('ended');
  });

  it('leaves alone a meeting nobody has joined yet (an agenda prepared in advance)', () => {
    fixture = publishingFixture();
    fixture.stores.rooms.touch('weekly');
    const meetingId = fixture.stores.meetings.openMeeting('weekly');
    sweeper(noLiveRooms).sweep(Date.now() + 10 * GRACE_MS);
    expect(fixture.stores.meetings.meeting(meetingId).status).toBe('open');
  });
});
