import { describe, expect, it } from 'vitest';
import type { MeetingReportState, PublishedReport } from '@palabre/shared';
import { MinutesClient } from '../test-support/minutes-client.js';
import { eventually } from '../test-support/publishing-db.js';
import { joinRoom, ok, useTestServer } from '../test-support/test-server.js';

describe("a room's reports for anyone with its link", () => {
  const context = useTestServer({ PUBLISH_DELAY_SECONDS: '600' });
  const get = (path: string) => fetch(`${context.server.url}${path}`);

  it("tells a participant where this meeting's report stands, then gives its archive page", async () => {
    const { server, sockets } = context;
    const alice = await joinRoom(server.url, 'weekly', 'Alice');
    sockets.push(alice.socket);
    const { meetingId } = await MinutesClient.open(alice.socket);
    // Open: nothing to say yet, as for a meeting of another room or a made-up one.
    expect((await get(`/api/rooms/weekly/meetings/${meetingId}/report`)).status).toBe(404);

    const endedAt = Date.now();
    await ok(alice.socket, 'meeting:end', {});
    const inReview = (await (await get(`/api/rooms/weekly/meetings/${meetingId}/report`)).json()) as MeetingReportState;
    expect(inReview).toEqual({ state: 'review', publishAt: expect.any(Number), url: null });
    expect(inReview.publishAt).toBeGreaterThanOrEqual(endedAt + 600_000);
    expect(await (await get('/api/rooms/weekly/reports')).json()).toEqual([]);

    const report = server.publishing.reports.forMeeting(meetingId)!;
    const publish = await fetch(`${server.url}/api/rooms/weekly/reports/${report.id}/publish`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${alice.join.facilitatorToken}` },
    });
    expect(publish.status).toBe(200);
    await eventually(() => server.publishing.reports.delivery(report.id, 'archive')?.state === 'published');

    const published = (await (await get(`/api/rooms/weekly/meetings/${meetingId}/report`)).json()) as MeetingReportState;
    expect(published).toEqual({ state: 'published', publishAt: expect.any(Number), url: `/archive/weekly/${report.slug}` });
    expect((await get(published.url!)).status).toBe(200);
    const list = (await (await get('/api/rooms/weekly/reports')).json()) as PublishedReport[];
    expect(list).toEqual([
      { meetingId, title: report.document.title, date: report.document.date, time: report.document.time, url: published.url, publishedAt: expect.any(Number) },
    ]);

    // Nothing of this room shows under another; a malformed name is refused.
    expect((await get(`/api/rooms/other/meetings/${meetingId}/report`)).status).toBe(404);
    expect(await (await get('/api/rooms/other/reports')).json()).toEqual([]);
    const bad = await get('/api/rooms/Not_A_Room/reports');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'INVALID_PAYLOAD' } });
  });
});
