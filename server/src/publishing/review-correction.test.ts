import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MINUTES_NODES, PROTOCOL_VERSION, bytesToBase64, type ReportPreview } from '@palabre/shared';
import { API_KEY, API_USERNAME, startFakeDiscourse } from '../test-support/fake-discourse.js';
import { readWikiPage, startTestWiki, TEST_WIKI_START_TIMEOUT_MS, type TestWiki } from '../test-support/mediawiki.js';
import { MinutesClient } from '../test-support/minutes-client.js';
import { eventually } from '../test-support/publishing-db.js';
import { recordingServer } from '../test-support/publishing.js';
import { ReviewEditor } from '../test-support/review-editor.js';
import { storedMinutes } from '../test-support/stored-minutes.js';
import { connectClient, joinRoom, ok, request, useTestServer, type TestServer } from '../test-support/test-server.js';

const TYPO = 'Adopt the budjet';
const FIXED = 'Adopt the budget';
const PRIVATE = 'PRIVATE-NOTE';

describe('fixing a typo in the report during the review', () => {
  const context = useTestServer({ PUBLISH_DELAY_SECONDS: '600', PUBLISH_ALLOW_PRIVATE_HOSTS: 'true', PUBLISH_MAX_ATTEMPTS: '1' });
  const closers: (() => Promise<void> | void)[] = [];
  let wiki: TestWiki;

  beforeAll(async () => {
    wiki = await startTestWiki();
  }, TEST_WIKI_START_TIMEOUT_MS);
  afterAll(() => wiki?.stop());
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
  });

  /** Alice facilitates, Bob agrees to be named; a decision with a typo and a private note; ended. */
  async function endedMeeting(server: TestServer, targets: Record<string, unknown> = {}) {
    const alice = await joinRoom(server.url, 'weekly', 'Alice');
    context.sockets.push(alice.socket);
    const bob = await connectClient(server.url);
    context.sockets.push(bob);
    const bobJoin = await ok(bob, 'room:join', { protocolVersion: PROTOCOL_VERSION, room: 'weekly', name: 'Bob', namedInReport: true });
    const token = alice.join.facilitatorToken!;
    const configured = await fetch(`${server.url}/api/rooms/weekly/publishing/targets`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(targets),
    });
    expect(configured.status).toBe(200);
    const { itemId } = await ok(alice.socket, 'agenda:add', { title: 'Budget', durationMinutes: 10 });
    await ok(alice.socket, 'agenda:setCurrent', { itemId });
    const minutes = await MinutesClient.open(alice.socket);
    await minutes.addBlock(MINUTES_NODES.decision, TYPO, { outcome: 'consensus' }, itemId);
    await minutes.addBlock(MINUTES_NODES.paragraph, PRIVATE, { private: true }, itemId);
    await new Promise((resolve) => setTimeout(resolve, 50)); // some time spent on the item
    await ok(alice.socket, 'meeting:end', {});
    const report = server.publishing.reports.forMeeting(minutes.meetingId)!;
    expect(report.document.decisions.map((decision) => decision.text)).toEqual([TYPO]);
    const editor = new ReviewEditor(server.url, 'weekly', report.id, token);
    return { token, report, editor, bob, bobJoin, meetingId: minutes.meetingId };
  }

  const api = (server: TestServer, token: string, path: string, init: RequestInit = {}) =>
    fetch(`${server.url}/api/rooms/weekly${path}`, { ...init, headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` } });

  const deliveriesOf = (server: TestServer, reportId: string) =>
    Object.fromEntries(server.publishing.reports.deliveries(reportId).map((delivery) => [delivery.target, delivery.state]));

  it('publishes the corrected text to every target, with the facts frozen at the end', async () => {
    const { server } = context;
    const hook = await recordingServer((_request, response) => response.writeHead(204).end());
    const forum = await startFakeDiscourse();
    closers.push(hook.close, forum.close);
    const { token, report, editor, bobJoin, meetingId } = await endedMeeting(server, {
      webhook: { url: hook.url, secret: 'webhook-secret' },
      discourse: { baseUrl: forum.url, apiUsername: API_USERNAME, apiKey: API_KEY, categoryId: 5, topicId: null },
      mediawiki: { apiUrl: wiki.apiUrl, username: wiki.username, botPassword: wiki.botPassword, pageTitlePattern: 'Réunions/{room}/{date}/{time}', indexPage: null },
    });
    const frozen = report.document;

    await editor.sync();
    const fixed = await editor.fix('budjet', 'budget');
    expect(fixed.status).toBe(200);
    expect(await fixed.json()).toEqual({});
    // Stored before the answer, as in the call.
    const stored = storedMinutes(server.dataDir, meetingId).minutes;
    expect(stored.sections.flatMap((section) => section.blocks.map((block) => block.text))).toEqual([FIXED, PRIVATE]);

    const preview = (await (await api(server, token, `/reports/${report.id}/preview`)).json()) as ReportPreview;
    expect(preview.report.decisions.map((decision) => decision.text)).toEqual([FIXED]);
    expect(preview.markdown).not.toContain('budjet');
    expect(deliveriesOf(server, report.id)).toEqual({ archive: 'pending', mediawiki: 'pending', discourse: 'pending', webhook: 'pending' });

    // Bob joins the room's next meeting, no longer agreeing to be named: the report keeps what he said then.
    const later = await connectClient(server.url);
    context.sockets.push(later);
    await ok(later, 'room:join', { protocolVersion: PROTOCOL_VERSION, room: 'weekly', name: 'Bob', resumeToken: bobJoin.resumeToken, namedInReport: false });

    expect((await api(server, token, `/reports/${report.id}/publish`, { method: 'POST' })).status).toBe(200);
    await eventually(() => Object.values(deliveriesOf(server, report.id)).every((state) => state === 'published'), 20_000);

    const published = server.publishing.reports.get(report.id)!.document;
    expect(published.decisions.map((decision) => decision.text)).toEqual([FIXED]);
    expect(published).toMatchObject({
      title: frozen.title,
      startedAt: frozen.startedAt,
      endedAt: frozen.endedAt,
      durationMs: frozen.durationMs,
      participants: { count: 2, named: ['Bob'] },
    });
    expect(published.items.map((item) => [item.title, item.plannedMinutes, item.spentMs])).toEqual(
      frozen.items.map((item) => [item.title, item.plannedMinutes, item.spentMs]),
    );
    expect(frozen.items.find((item) => item.title === 'Budget')!.spentMs).toBeGreaterThan(0);

    const everywhere = {
      archive: await (await fetch(`${server.url}/archive/weekly/${report.slug}`)).text(),
      markdown: await (await fetch(`${server.url}/archive/weekly/${report.slug}.md`)).text(),
      feed: await (await fetch(`${server.url}/archive/weekly.atom`)).text(),
      webhook: hook.requests.map((request) => request.body).join('\n'),
      discourse: [...forum.posts.values()].map((post) => post.raw).join('\n'),
      mediawiki: (await readWikiPage(wiki, `Réunions/weekly/${frozen.date}/${frozen.time.replace(':', 'h')}`))?.wikitext ?? '',
    };
    for (const [target, text] of Object.entries(everywhere)) {
      expect(text, target).toContain(FIXED);
      expect(text, target).not.toContain('budjet');
      expect(text, target).not.toContain(PRIVATE);
    }
    expect(hook.requests).toHaveLength(1);
  });

  it('makes the text final once published: a later correction is refused and stores nothing, and a retry sends the same text', async () => {
    const { server } = context;
    let hookUp = false;
    const hook = await recordingServer((_request, response) => response.writeHead(hookUp ? 204 : 503).end());
    closers.push(hook.close);
    const { token, report, editor, meetingId } = await endedMeeting(server, { webhook: { url: hook.url, secret: 'webhook-secret' } });
    await editor.sync();
    expect((await editor.fix('budjet', 'budget')).status).toBe(200);

    expect((await api(server, token, `/reports/${report.id}/publish`, { method: 'POST' })).status).toBe(200);
    await eventually(() => deliveriesOf(server, report.id).webhook === 'failed');
    expect(deliveriesOf(server, report.id).archive).toBe('published');

    const before = storedMinutes(server.dataDir, meetingId);
    const late = await editor.fix('budget', 'budget for 2027');
    expect(late.status).toBe(403);
    expect(await late.json()).toEqual({ error: { code: 'FORBIDDEN', message: expect.stringMatching(/published: their text can no longer change/) } });
    const lateSync = await editor.post('sync', { stateVector: bytesToBase64(Y.encodeStateVector(new Y.Doc())) });
    expect(lateSync.status).toBe(403);
    expect(storedMinutes(server.dataDir, meetingId)).toEqual(before);

    hookUp = true;
    const retried = await api(server, token, `/reports/${report.id}/retry`, { method: 'POST', body: JSON.stringify({ target: 'webhook' }) });
    expect(retried.status).toBe(200);
    await eventually(() => deliveriesOf(server, report.id).webhook === 'published');
    const sent = hook.requests.map((request) => (JSON.parse(request.body) as { report: unknown; markdown: string }));
    expect(sent).toHaveLength(2);
    expect(sent[1]!.report).toEqual(sent[0]!.report);
    expect(sent[1]!.markdown).toBe(sent[0]!.markdown);
    expect(sent[0]!.markdown).toContain(FIXED);
    expect(sent[0]!.markdown).not.toContain('budget for 2027');
  });

  it('lets only the facilitators correct, refuses bad input clearly, and changes nothing then', async () => {
    const { server } = context;
    const { token, report, editor, bob, meetingId } = await endedMeeting(server);
    await editor.sync();
    const before = storedMinutes(server.dataDir, meetingId);
    const anUpdate = () => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(editor.doc));
      const updates: Uint8Array[] = [];
      doc.on('update', (update: Uint8Array) => updates.push(update));
      doc.getXmlFragment('minutes').insert(0, [new Y.XmlText('vandalism')]);
      return updates[0]!;
    };

    // Bob, without the secret: neither over HTTP nor over his socket (the call is over).
    for (const secret of [null, 'x'.repeat(32)]) {
      const stranger = new ReviewEditor(server.url, 'weekly', report.id, secret);
      const answer = await stranger.post('update', { update: bytesToBase64(anUpdate()) });
      expect(answer.status).toBe(403);
      expect(await answer.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    }
    expect(await request(bob, 'minutes:update', { update: anUpdate() as Uint8Array<ArrayBuffer> })).toMatchObject({ ok: false, error: { code: 'NOT_JOINED' } });
    // Another room's facilitator, or a made-up report.
    const mallory = await joinRoom(server.url, 'other', 'Mallory');
    context.sockets.push(mallory.socket);
    const elsewhere = await fetch(`${server.url}/api/rooms/other/reports/${report.id}/minutes/update`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${mallory.join.facilitatorToken}` },
      body: JSON.stringify({ update: bytesToBase64(anUpdate()) }),
    });
    expect(elsewhere.status).toBe(404);
    expect(await new ReviewEditor(server.url, 'weekly', 'no-such-report', token).post('update', { update: bytesToBase64(anUpdate()) }).then((r) => r.status)).toBe(404);

    const refusals: ['sync' | 'update', unknown, RegExp][] = [
      ['update', { update: 'not base64!' }, /expected base64/],
      ['update', { update: '' }, /empty/],
      ['update', { update: bytesToBase64(new Uint8Array([1, 2, 3, 4])) }, /not a Yjs update/],
      ['update', { update: bytesToBase64(anUpdate()), extra: 1 }, /Unrecognized key/],
      ['update', { update: 'A'.repeat(360_000) }, /larger than/],
      ['update', '{"update": ', /JSON/],
      ['update', JSON.stringify({ update: 'A'.repeat(500_000) }), /JSON under 400 KiB/],
      ['sync', { stateVector: bytesToBase64(new Uint8Array([0xff])) }, /not a Yjs state vector/],
    ];
    for (const [path, body, message] of refusals) {
      const answer = await editor.post(path, body);
      expect(answer.status, String(message)).toBe(400);
      const { error } = (await answer.json()) as { error: { code: string; message: string } };
      expect(error.code).toBe('INVALID_PAYLOAD');
      expect(error.message).toMatch(message);
    }
    expect(storedMinutes(server.dataDir, meetingId)).toEqual(before);
    expect(server.publishing.freezer.current(server.publishing.reports.get(report.id)!).decisions.map((d) => d.text)).toEqual([TYPO]);
  });
});
