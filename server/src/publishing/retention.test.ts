import { afterEach, describe, expect, it } from 'vitest';
import { eventually, noLiveRooms, publishingFixture } from '../test-support/publishing-db.js';

const count = (fixture: ReturnType<typeof publishingFixture>, table: string, meetingId: string) =>
  (fixture.db.prepare(`SELECT count(*) AS n FROM ${table} WHERE meeting_id = ?`).get(meetingId) as { n: number }).n;

describe('retention', () => {
  const fixtures: ReturnType<typeof publishingFixture>[] = [];
  afterEach(async () => {
    for (const fixture of fixtures.splice(0)) await fixture.close();
  });

  it('with 0 days deletes the chat and the raw minutes right after publication, and keeps the report', async () => {
    const fixture = publishingFixture({ RETENTION_DAYS: '0' });
    fixtures.push(fixture);
    const { meetingId, end } = fixture.holdMeeting();
    expect(count(fixture, 'chat_messages', meetingId)).toBe(1);
    expect(count(fixture, 'minutes_updates', meetingId)).toBeGreaterThan(0);
    fixture.stores.minutes.compact(meetingId);
    expect(count(fixture, 'minutes_snapshots', meetingId)).toBe(1);

    fixture.service.start(noLiveRooms);
    end();
    const report = fixture.service.reports.forMeeting(meetingId)!;
    await eventually(() => count(fixture, 'chat_messages', meetingId) === 0);
    for (const table of ['minutes_updates', 'minutes_snapshots', 'queue_entries', 'meeting_attendance']) {
      expect(count(fixture, table, meetingId)).toBe(0);
    }
    expect(fixture.stores.minutes.isEmpty(meetingId)).toBe(true);
    expect(fixture.service.reports.archivedBySlug('weekly', report.slug)?.document.decisions).toEqual([
      expect.objectContaining({ text: 'Adopt the budget' }),
    ]);
  });

  it('keeps the working data for the retention period, and while a delivery is not published', async () => {
    const fixture = publishingFixture({ RETENTION_DAYS: '30', PUBLISH_DELAY_SECONDS: '600' });
    fixtures.push(fixture);
    const { meetingId, end } = fixture.holdMeeting();
    fixture.service.start(noLiveRooms);
    end();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const reportId = fixture.service.reports.forMeeting(meetingId)!.id;
    expect(fixture.service.reports.delivery(reportId, 'archive')!.state).toBe('pending'); // in review
    fixture.service.reports.publishNow(reportId, Date.now());
    fixture.service.wake();
    await eventually(() => fixture.service.reports.delivery(reportId, 'archive')!.state === 'published');
    expect(count(fixture, 'chat_messages', meetingId)).toBe(1);
    expect(fixture.service.reports.publishedBefore(Date.now() - 29 * 86_400_000)).toEqual([]);
    expect(fixture.service.reports.publishedBefore(Date.now() + 1)).toEqual([meetingId]);
  });
});
