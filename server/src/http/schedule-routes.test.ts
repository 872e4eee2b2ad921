import path from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { MINUTES_FRAGMENT, MINUTES_NODES, type RoomListing, type ScheduleResponse, type SeriesSchedule } from '@palabre/shared';
import { Recurrence } from '../schedule/recurrence.js';
import { joinRoom, useTestServer, type TestServer } from '../test-support/test-server.js';

const thursdays: SeriesSchedule = {
  title: 'AG du jeudi',
  rrule: 'FREQ=WEEKLY;BYDAY=TH',
  startLocal: '2025-03-20T21:00',
  timeZone: 'Europe/Paris',
  durationMinutes: 90,
  exceptions: [],
  welcomeItem: false,
  listed: true,
};

/** An ended meeting of the room with minutes: a public question and action, a private action. */
function storeEndedMeeting(server: TestServer, room: string, meetingId: string): void {
  const doc = new Y.Doc();
  const section = new Y.XmlElement(MINUTES_NODES.section);
  section.setAttribute('title', 'Budget');
  const block = (name: string, text: string, attrs: Record<string, string>) => {
    const element = new Y.XmlElement(name);
    for (const [key, value] of Object.entries(attrs)) element.setAttribute(key, value);
    element.insert(0, [new Y.XmlText(text)]);
    return element;
  };
  section.insert(0, [
    block(MINUTES_NODES.question, 'Qui tient la caisse ?', {}),
    block(MINUTES_NODES.action, 'Envoyer le devis', { owner: 'Zoé', due: '2025-04-01', done: 'false' }),
    block(MINUTES_NODES.action, 'Secret', { owner: 'Yann', private: 'true' }),
  ]);
  doc.getXmlFragment(MINUTES_FRAGMENT).insert(0, [section]);
  const db = new Database(path.join(server.dataDir, 'palabre.sqlite'));
  try {
    db.prepare("INSERT INTO meetings (id, room, status, created_at, started_at, ended_at) VALUES (?, ?, 'ended', 1, 2, 3)").run(meetingId, room);
    db.prepare('INSERT INTO minutes_updates (meeting_id, update_data, created_at) VALUES (?, ?, 4)').run(meetingId, Y.encodeStateAsUpdate(doc));
  } finally {
    db.close();
  }
}

describe('a room schedule over HTTP', () => {
  const t = useTestServer();
  const url = (room: string) => `${t.server.url}/api/rooms/${room}/schedule`;
  const put = (room: string, body: unknown, token?: string) =>
    fetch(url(room), {
      method: 'PUT',
      headers: { 'content-type': 'application/json', ...(token ? { 'x-facilitator-token': token } : {}) },
      body: JSON.stringify(body),
    });
  const read = async (room: string) => (await (await fetch(url(room))).json()) as ScheduleResponse;
  /** Opens the room; its first person is its facilitator and receives the secret. */
  const facilitatorOf = async (room: string) => {
    const alice = await joinRoom(t.server.url, room, 'Alice');
    t.sockets.push(alice.socket);
    return alice.join.facilitatorToken!;
  };

  it('lets a facilitator set it and anyone read it with the next five occurrences', async () => {
    expect(await read('jeudi')).toEqual({ schedule: null, upcoming: [], lastMeeting: null });
    const token = await facilitatorOf('jeudi');
    const [, second] = new Recurrence(thursdays).next(Date.now(), 2);
    const schedule = { ...thursdays, exceptions: [{ kind: 'cancelled', date: second!.date }] };
    expect((await put('jeudi', schedule, token)).status).toBe(200);

    const { schedule: stored, upcoming } = await read('jeudi');
    expect(stored).toEqual(schedule);
    expect(upcoming).toHaveLength(5);
    expect(upcoming[1]).toEqual({ start: second!.start, end: second!.end, date: second!.date, cancelled: true, moved: false });
    expect(upcoming.filter((o) => o.cancelled)).toHaveLength(1);
    expect(upcoming.every((o, i) => i === 0 || o.start > upcoming[i - 1]!.start)).toBe(true);
  });

  it('refuses anyone without the facilitator secret, and changes nothing', async () => {
    const token = await facilitatorOf('jeudi');
    expect((await put('jeudi', thursdays)).status).toBe(403);
    const wrong = await put('jeudi', thursdays, `${token.slice(0, -1)}x`);
    expect(wrong.status).toBe(403);
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
    // Another room's secret is no better, nor is a room nobody has opened.
    const other = await facilitatorOf('vendredi');
    expect((await put('jeudi', thursdays, other)).status).toBe(403);
    expect((await put('nobody-here', thursdays, token)).status).toBe(403);
    expect((await read('jeudi')).schedule).toBeNull();

    expect((await put('jeudi', thursdays, token)).status).toBe(200);
    expect((await fetch(url('jeudi'), { method: 'DELETE', headers: { 'x-facilitator-token': other } })).status).toBe(403);
    expect((await read('jeudi')).schedule).not.toBeNull();
    expect((await fetch(url('jeudi'), { method: 'DELETE', headers: { 'x-facilitator-token': token } })).status).toBe(204);
    expect((await read('jeudi')).schedule).toBeNull();
  });

  it('refuses a bad rule or time zone with a clear 400', async () => {
    const token = await facilitatorOf('jeudi');
    for (const [changes, message] of [
      [{ rrule: 'every thursday' }, /recurrence rule/],
      [{ rrule: 'FREQ=WEEKLY;BYDAY=XX' }, /BYDAY/],
      [{ timeZone: 'Europe/Atlantis' }, /time zone/],
      [{ startLocal: '20 mars' }, /startLocal/],
      [{ durationMinutes: 2 }, /durationMinutes/],
    ] as const) {
      const response = await put('jeudi', { ...thursdays, ...changes }, token);
      expect(response.status).toBe(400);
      const { error } = (await response.json()) as { error: { code: string; message: string } };
      expect(error.code).toBe('INVALID_PAYLOAD');
      expect(error.message).toMatch(message);
    }
    expect((await read('jeudi')).schedule).toBeNull();
  });

  it("shows what the last ended meeting left open, without its private blocks", async () => {
    await facilitatorOf('jeudi');
    storeEndedMeeting(t.server, 'jeudi', 'meeting-before');
    expect((await read('jeudi')).lastMeeting).toEqual({
      meetingId: 'meeting-before',
      openQuestions: [{ text: 'Qui tient la caisse ?' }],
      actions: [{ text: 'Envoyer le devis', owner: 'Zoé', due: '2025-04-01', done: false }],
    });
  });

  it('lists only listed rooms, soonest first, in /api/rooms and /calendar.ics', async () => {
    const jeudi = await facilitatorOf('jeudi');
    const lundi = await facilitatorOf('lundi');
    const cache = await facilitatorOf('cachee');
    await put('jeudi', thursdays, jeudi);
    await put('lundi', { ...thursdays, title: 'Lundi', rrule: 'FREQ=DAILY', startLocal: '2025-03-17T00:00', durationMinutes: 5 }, lundi);
    await put('cachee', { ...thursdays, title: 'Cachée', listed: false }, cache);

    const { rooms } = (await (await fetch(`${t.server.url}/api/rooms`)).json()) as { rooms: RoomListing[] };
    expect(rooms.map((listing) => listing.room)).toEqual(['lundi', 'jeudi']);
    expect(rooms[1]).toEqual({ room: 'jeudi', title: 'AG du jeudi', next: expect.objectContaining({ cancelled: false }) });

    const feed = await fetch(`${t.server.url}/calendar.ics`);
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await feed.text();
    const uids = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((event) => event.getFirstPropertyValue('uid'));
    expect(uids.some((uid) => String(uid).startsWith('jeudi-'))).toBe(true);
    expect(uids.some((uid) => String(uid).startsWith('lundi-'))).toBe(true);
    expect(uids.some((uid) => String(uid).startsWith('cachee-'))).toBe(false);
    expect(text).not.toContain('Cachée');
  });

  it("serves one room's feed, unlisted too, with the same UID each time and the room link", async () => {
    const token = await facilitatorOf('cachee');
    await put('cachee', { ...thursdays, listed: false }, token);
    const fetchFeed = async () => {
      const response = await fetch(`${t.server.url}/r/cachee/calendar.ics`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      return new ICAL.Component(ICAL.parse(await response.text()));
    };
    const [first, second] = [await fetchFeed(), await fetchFeed()];
    const event = new ICAL.Event(first.getFirstSubcomponent('vevent')!);
    expect(event.uid).toMatch(/^cachee-.+@127\.0\.0\.1$/);
    expect(new ICAL.Event(second.getFirstSubcomponent('vevent')!).uid).toBe(event.uid);
    expect(event.description).toContain(`${t.server.url}/r/cachee`);
    expect(first.getFirstSubcomponent('vtimezone')).not.toBeNull();
    // A room without a series: an empty calendar, so a subscriber's copy empties too.
    const empty = await fetch(`${t.server.url}/r/personne/calendar.ics`);
    expect(empty.status).toBe(200);
    expect(await empty.text()).not.toContain('BEGIN:VEVENT');
  });
});
