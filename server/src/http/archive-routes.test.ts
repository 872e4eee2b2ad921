import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { MINUTES_NODES, PROTOCOL_VERSION, type PublishingStatus } from '@palabre/shared';
import { MinutesClient } from '../test-support/minutes-client.js';
import { eventually } from '../test-support/publishing-db.js';
import { connectClient, joinRoom, ok, useTestServer } from '../test-support/test-server.js';

describe('the public archive and the facilitators’ publishing API', () => {
  const context = useTestServer({ PUBLISH_DELAY_SECONDS: '0', REPORT_TIME_ZONE: 'Europe/Paris', REPORT_LANGUAGE: 'en' });

  /** A meeting with a decision, an action and a private note, ended by its facilitator. */
  async function publishedMeeting() {
    const { server, sockets } = context;
    const alice = await joinRoom(server.url, 'weekly', 'Alice');
    sockets.push(alice.socket);
    // Bob agrees to be named; Alice said nothing, so she is counted but not named.
    const bob = await connectClient(server.url);
    sockets.push(bob);
    await ok(bob, 'room:join', { protocolVersion: PROTOCOL_VERSION, room: 'weekly', name: 'Bob', namedInReport: true });
    const { itemId } = await ok(alice.socket, 'agenda:add', { title: 'Budget <b>2027</b>', durationMinutes: 10 });
    const minutes = await MinutesClient.open(alice.socket);
    await minutes.addBlock(MINUTES_NODES.decision, 'Adopt the budget', { outcome: 'consensus' }, itemId);
    await minutes.addBlock(MINUTES_NODES.action, 'Send the figures', { owner: 'Zoé', due: '2026-12-01' }, itemId);
    await minutes.addBlock(MINUTES_NODES.paragraph, 'PRIVATE-NOTE', { private: true }, itemId);
    await ok(alice.socket, 'meeting:end', {});
    await eventually(() => server.publishing.reports.archivedInRoom('weekly').length === 1);
    return { alice, report: server.publishing.reports.archivedInRoom('weekly')[0]! };
  }

  it('lists, shows and downloads a published report, and feeds it as Atom', async () => {
    const { server } = context;
    const { report } = await publishedMeeting();
    expect(report.slug).toMatch(/^\d{4}-\d{2}-\d{2}-\d{4}$/);
    expect(report.document.participants).toEqual({ count: 2, named: ['Bob'] });

    const list = await fetch(`${server.url}/archive`);
    expect(list.headers.get('content-type')).toMatch(/^text\/html/);
    const listHtml = await list.text();
    expect(listHtml).toMatch(/^<!doctype html><html lang="en">/); // REPORT_LANGUAGE
    expect(listHtml).toContain(`href="/archive/weekly/${report.slug}"`);
    expect(listHtml).toContain('<link rel="stylesheet" href="/archive/archive.css">');
    expect(listHtml).not.toMatch(/(?:src|href)="(?:https?:)?\/\//); // nothing from another origin

    const page = await fetch(`${server.url}/archive/weekly/${report.slug}`);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toMatch(/^<!doctype html><html lang="en">/);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(html).toContain('Adopt the budget');
    expect(html).toContain('Send the figures');
    expect(html).toContain('Budget &#x3C;b>2027&#x3C;/b>');
    expect(html).not.toContain('PRIVATE-NOTE');
    expect((await fetch(`${server.url}/archive/archive.css`)).headers.get('content-type')).toMatch(/^text\/css/);

    const markdown = await fetch(`${server.url}/archive/weekly/${report.slug}.md`);
    expect(markdown.headers.get('content-type')).toMatch(/^text\/markdown/);
    expect(await markdown.text()).toMatch(/^# Meeting of weekly, [\s\S]*- Adopt the budget \(Budget \\<b>2027\\<\/b>; by consensus\)/);

    const atom = await fetch(`${server.url}/archive/weekly.atom`);
    expect(atom.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    const xml = await atom.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(feed['@_xml:lang']).toBe('en');
    const entry = Array.isArray(feed.entry) ? feed.entry[0] : feed.entry;
    expect(entry.title).toMatchObject({ '#text': report.document.title });
    expect(entry.link['@_href']).toBe(`${server.url}/archive/weekly/${report.slug}`);
    expect(String(entry.content['#text'] ?? entry.content)).toContain('Adopt the budget');
    expect(xml).not.toContain('PRIVATE-NOTE');

    expect((await fetch(`${server.url}/archive/weekly/2020-01-01-0000`)).status).toBe(404);
    expect((await fetch(`${server.url}/archive/other/${report.slug}`)).status).toBe(404);
  });

  it('shows facilitators each delivery, and only to them; secrets never come back', async () => {
    const { server } = context;
    const { alice, report } = await publishedMeeting();
    const token = alice.join.facilitatorToken!;
    const api = (path: string, init: RequestInit = {}, secret: string | null = token) =>
      fetch(`${server.url}/api/rooms/weekly${path}`, {
        ...init,
        headers: { 'Content-Type': 'application/json', ...(secret ? { Authorization: `Bearer ${secret}` } : {}) },
      });

    expect((await api('/publishing', {}, null)).status).toBe(403);
    expect((await api('/publishing', {}, 'x'.repeat(32))).status).toBe(403);
    const status = (await (await api('/publishing')).json()) as PublishingStatus;
    expect(status.reports).toEqual([
      expect.objectContaining({
        reportId: report.id,
        deliveries: [expect.objectContaining({ target: 'archive', state: 'published', url: `/archive/weekly/${report.slug}` })],
      }),
    ]);

    const put = await api('/publishing/targets', {
      method: 'PUT',
      body: JSON.stringify({ webhook: { url: 'https://hooks.example.org/palabre', secret: 'the-webhook-secret' } }),
    });
    expect(put.status).toBe(200);
    const text = await put.text();
    expect(text).not.toContain('the-webhook-secret');
    expect(JSON.parse(text).targets.webhook).toEqual({ url: 'https://hooks.example.org/palabre', secret: 'set' });

    const local = await api('/publishing/targets', { method: 'PUT', body: JSON.stringify({ webhook: { url: 'http://127.0.0.1:8080/', secret: 's' } }) });
    expect(local.status).toBe(400);
    const noSecret = await api('/publishing/targets', {
      method: 'PUT',
      body: JSON.stringify({ discourse: { baseUrl: 'https://forum.example.org', apiUsername: 'bot', categoryId: 3, topicId: null } }),
    });
    expect(noSecret.status).toBe(400);

    const preview = (await (await api(`/reports/${report.id}/preview`)).json()) as { markdown: string; html: string };
    expect(preview.markdown).toContain('Send the figures');
    expect(preview.html).not.toContain('PRIVATE-NOTE');
    expect((await api(`/reports/${report.id}/retry`, { method: 'POST', body: JSON.stringify({ target: 'archive' }) })).status).toBe(404);
  });
});

describe('the archive in the server’s language', () => {
  const context = useTestServer({ PUBLISH_DELAY_SECONDS: '0', REPORT_LANGUAGE: 'fr' });

  it('marks every page and the feed with the language they are written in', async () => {
    const { server, sockets } = context;
    const alice = await joinRoom(server.url, 'hebdo', 'Alice');
    sockets.push(alice.socket);
    await ok(alice.socket, 'agenda:add', { title: 'Budget' });
    await ok(alice.socket, 'meeting:end', {});
    await eventually(() => server.publishing.reports.archivedInRoom('hebdo').length === 1);
    const report = server.publishing.reports.archivedInRoom('hebdo')[0]!;
    expect(report.document.language).toBe('fr');

    for (const path of ['/archive', '/archive/hebdo', `/archive/hebdo/${report.slug}`]) {
      const html = await (await fetch(`${server.url}${path}`)).text();
      expect(html, path).toMatch(/^<!doctype html><html lang="fr">/);
    }
    expect(await (await fetch(`${server.url}/archive/hebdo/${report.slug}`)).text()).toContain('Ordre du jour');
    const xml = await (await fetch(`${server.url}/archive/hebdo.atom`)).text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(feed['@_xml:lang']).toBe('fr');
    expect(String(feed.entry.content['#text'] ?? feed.entry.content)).toMatch(/^<div lang="fr">/);
  });
});
