import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_KEY, API_USERNAME, startFakeDiscourse } from '../test-support/fake-discourse.js';
import { eventually, noLiveRooms, publishingFixture } from '../test-support/publishing-db.js';
import { recordingServer } from '../test-support/publishing.js';

describe('the publisher', () => {
  let fixture: ReturnType<typeof publishingFixture>;
  const closers: (() => Promise<void>)[] = [];
  beforeEach(() => {
    fixture = publishingFixture({ PUBLISH_RETRY_BASE_SECONDS: '0.1', PUBLISH_MAX_ATTEMPTS: '5' });
    closers.push(() => fixture.close());
  });
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
  });

  const deliveryOf = (reportId: string, target: 'archive' | 'webhook' | 'discourse') =>
    fixture.service.reports.delivery(reportId, target)!;

  it('writes the report and one outbox row per target in the transaction that ends the meeting', () => {
    fixture.stores.rooms.touch('weekly');
    fixture.service.targets.put('weekly', 'webhook', { url: 'http://127.0.0.1:9/' }, 'k');
    const { meetingId, end } = fixture.holdMeeting();
    expect(fixture.service.reports.forMeeting(meetingId)).toBeUndefined();
    end();
    const report = fixture.service.reports.forMeeting(meetingId)!;
    expect(report.document).toMatchObject({ room: 'weekly', participants: { count: 1, named: ['Alice'] } });
    expect(report.document.items).toEqual([expect.objectContaining({ title: 'Budget', plannedMinutes: 10 })]);
    expect(JSON.stringify(report)).not.toContain('PRIVATE-NOTE');
    expect(fixture.service.reports.deliveries(report.id).map((d) => [d.target, d.state])).toEqual([
      ['archive', 'pending'],
      ['webhook', 'pending'],
    ]);
    end(); // ending twice freezes nothing twice
    expect(fixture.service.reports.forRoom('weekly')).toHaveLength(1);
  });

  it('delivers to the archive first: the other targets wait until it has the report (its text is final then)', () => {
    fixture.stores.rooms.touch('weekly');
    fixture.service.targets.put('weekly', 'webhook', { url: 'http://127.0.0.1:9/' }, 'k');
    fixture.service.targets.put('weekly', 'discourse', { baseUrl: 'http://127.0.0.1:9/', apiUsername: 'bot', categoryId: 5, topicId: null }, 'k');
    const { meetingId, end } = fixture.holdMeeting();
    end();
    const reportId = fixture.service.reports.forMeeting(meetingId)!.id;
    const later = Date.now() + 1_000;
    expect(fixture.service.reports.due(later).map((delivery) => delivery.target)).toEqual(['archive']);
    expect(fixture.service.reports.isFinal(reportId)).toBe(false);
    fixture.service.reports.markArchived(reportId, Date.now());
    expect(fixture.service.reports.due(later).map((delivery) => delivery.target)).toEqual(['archive', 'discourse', 'webhook']);
    expect(fixture.service.reports.isFinal(reportId)).toBe(true);
  });

  it('retries a target that is down with growing delays, and publishes once when it is back', async () => {
    let failuresLeft = 3;
    const receiver = await recordingServer((_request, response) => {
      if (failuresLeft-- > 0) response.writeHead(503).end('down for maintenance');
      else response.writeHead(200).end('ok');
    });
    closers.push(receiver.close);
    fixture.stores.rooms.touch('weekly');
    fixture.service.targets.put('weekly', 'webhook', { url: receiver.url }, 'secret');
    const { meetingId, end } = fixture.holdMeeting();
    fixture.service.start(noLiveRooms);
    end();
    const reportId = fixture.service.reports.forMeeting(meetingId)!.id;

    await eventually(() => deliveryOf(reportId, 'webhook').state === 'pending' && deliveryOf(reportId, 'webhook').attempts === 1);
    expect(deliveryOf(reportId, 'webhook')).toMatchObject({ lastError: 'webhook: HTTP 503 down for maintenance' });
    await eventually(() => deliveryOf(reportId, 'webhook').state === 'published');
    expect(deliveryOf(reportId, 'webhook')).toMatchObject({ attempts: 4, lastError: null });
    expect(deliveryOf(reportId, 'archive')).toMatchObject({ state: 'published', url: expect.stringMatching(/^\/archive\/weekly\//) });

    // Delays near 100, 200, 400 ms (±20 %): exponential, not a fixed pause.
    const gaps = receiver.requests.slice(1).map((request, i) => request.receivedAt - receiver.requests[i]!.receivedAt);
    expect(gaps[0]).toBeGreaterThanOrEqual(75);
    expect(gaps[1]).toBeGreaterThanOrEqual(155);
    expect(gaps[2]).toBeGreaterThanOrEqual(315);
    expect(gaps[2]!).toBeGreaterThan(gaps[0]! * 2);
    fixture.service.wake();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.requests).toHaveLength(4); // published: never sent again
    expect(new Set(receiver.requests.map((request) => request.headers['x-palabre-delivery']))).toEqual(new Set([reportId]));
  });

  it('gives up after the last attempt, and a facilitator retry publishes it', async () => {
    let up = false;
    const receiver = await recordingServer((_request, response) => response.writeHead(up ? 204 : 500).end());
    closers.push(receiver.close);
    fixture.stores.rooms.touch('weekly');
    fixture.service.targets.put('weekly', 'webhook', { url: receiver.url }, 'secret');
    const { meetingId, end } = fixture.holdMeeting();
    fixture.service.start(noLiveRooms);
    end();
    const reportId = fixture.service.reports.forMeeting(meetingId)!.id;
    await eventually(() => deliveryOf(reportId, 'webhook').state === 'failed');
    expect(deliveryOf(reportId, 'webhook').attempts).toBe(5);

    up = true;
    expect(fixture.service.reports.retry(reportId, 'webhook', Date.now())).toBe(true);
    fixture.service.wake();
    await eventually(() => deliveryOf(reportId, 'webhook').state === 'published');
    expect(receiver.requests).toHaveLength(6);
  });

  it('creates one Discourse topic through an outage and a lost answer', async () => {
    const forum = await startFakeDiscourse();
    closers.push(forum.close);
    forum.failNext((request) => request.method === 'GET', 503); // the lookup, during an outage
    forum.failNext((request) => request.method === 'POST', 504, true); // created, answer lost
    fixture.stores.rooms.touch('weekly');
    fixture.service.targets.put('weekly', 'discourse', { baseUrl: forum.url, apiUsername: API_USERNAME, categoryId: 5, topicId: null }, API_KEY);
    const { meetingId, end } = fixture.holdMeeting();
    fixture.service.start(noLiveRooms);
    end();
    const reportId = fixture.service.reports.forMeeting(meetingId)!.id;
    await eventually(() => deliveryOf(reportId, 'discourse').state === 'published');
    expect(forum.topics).toHaveLength(1);
    expect(deliveryOf(reportId, 'discourse')).toMatchObject({ attempts: 3, url: `${forum.url}/t/${forum.topics[0]!.slug}/${forum.topics[0]!.id}` });
    expect(forum.posts.get(forum.topics[0]!.postIds[0]!)!.raw).toContain('Adopt the budget');
  });
});
