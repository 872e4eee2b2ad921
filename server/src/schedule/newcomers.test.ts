import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, type SeriesSchedule } from '@palabre/shared';
import { connectClient, joinRoom, nextEvent, ok, useTestServer } from '../test-support/test-server.js';

const series: SeriesSchedule = {
  title: 'AG du jeudi',
  rrule: 'FREQ=WEEKLY;BYDAY=TH',
  startLocal: '2025-03-20T21:00',
  timeZone: 'Europe/Paris',
  durationMinutes: 90,
  exceptions: [],
  welcomeItem: true,
  listed: false,
};

describe('a welcome for newcomers', () => {
  const t = useTestServer();

  const joinFirstTime = async (room: string, name: string, firstTime: boolean, resumeToken?: string) => {
    const socket = await connectClient(t.server.url);
    t.sockets.push(socket);
    const join = await ok(socket, 'room:join', { protocolVersion: PROTOCOL_VERSION, room, name, firstTime, ...(resumeToken ? { resumeToken } : {}) });
    return { socket, join };
  };

  it('shows everyone who said it is their first time, and keeps it on resume', async () => {
    const alice = await joinFirstTime('jeudi', 'Alice', false);
    expect(alice.join.self.firstTime).toBe(false);
    const joined = nextEvent(alice.socket, 'peer:joined');
    const bob = await joinFirstTime('jeudi', 'Bob', true);
    expect(bob.join.self.firstTime).toBe(true);
    expect(await joined).toMatchObject({ name: 'Bob', firstTime: true });
    expect(bob.join.peers).toEqual([expect.objectContaining({ name: 'Alice', firstTime: false })]);

    // Bob comes back on a new connection without saying it again: still his first meeting.
    const updated = nextEvent(alice.socket, 'peer:updated');
    const again = await joinFirstTime('jeudi', 'Bob', false, bob.join.resumeToken);
    expect(again.join.self).toMatchObject({ id: bob.join.self.id, firstTime: true });
    expect(await updated).toMatchObject({ id: bob.join.self.id, firstTime: true });
  });

  it("keeps it in storage for a seat reclaimed after the room closed", async () => {
    const bob = await joinFirstTime('jeudi', 'Bob', true);
    await ok(bob.socket, 'room:leave', {});
    const back = await joinFirstTime('jeudi', 'Bob', false, bob.join.resumeToken);
    expect(back.join.self).toMatchObject({ id: bob.join.self.id, firstTime: true });
  });

  it("opens each new meeting of a series with its welcome item, first on the agenda, once", async () => {
    const alice = await joinRoom(t.server.url, 'jeudi', 'Alice');
    t.sockets.push(alice.socket);
    const token = alice.join.facilitatorToken!;
    expect(alice.join.meeting.agenda).toEqual([]); // no series yet
    const saved = await fetch(`${t.server.url}/api/rooms/jeudi/schedule`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'x-facilitator-token': token },
      body: JSON.stringify({ ...series, welcomeTitle: 'Tour de table' }),
    });
    expect(saved.status).toBe(200);
    await ok(alice.socket, 'meeting:end', {});

    // The next meeting: an item proposed before the call, then the welcome goes first.
    await fetch(`${t.server.url}/api/rooms/jeudi/agenda`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Budget', proposedBy: 'Zoé' }),
    });
    const next = await joinRoom(t.server.url, 'jeudi', 'Alice', undefined, token);
    t.sockets.push(next.socket);
    expect(next.join.meeting.meetingId).not.toBe(alice.join.meeting.meetingId);
    expect(next.join.meeting.agenda.map((item) => item.title)).toEqual(['Tour de table', 'Budget']);

    // Removed by the facilitator, it does not come back when the room reopens mid-meeting.
    await ok(next.socket, 'agenda:remove', { itemId: next.join.meeting.agenda[0]!.id });
    await ok(next.socket, 'room:leave', {});
    const later = await joinRoom(t.server.url, 'jeudi', 'Alice', undefined, token);
    t.sockets.push(later.socket);
    expect(later.join.meeting.meetingId).toBe(next.join.meeting.meetingId);
    expect(later.join.meeting.agenda.map((item) => item.title)).toEqual(['Budget']);
  });

  it('uses the default title and leaves a series without welcome alone', async () => {
    const alice = await joinRoom(t.server.url, 'jeudi', 'Alice');
    t.sockets.push(alice.socket);
    const token = alice.join.facilitatorToken!;
    const save = (schedule: SeriesSchedule) =>
      fetch(`${t.server.url}/api/rooms/jeudi/schedule`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'x-facilitator-token': token },
        body: JSON.stringify(schedule),
      });
    await save(series);
    await ok(alice.socket, 'meeting:end', {});
    const second = await joinRoom(t.server.url, 'jeudi', 'Alice', undefined, token);
    t.sockets.push(second.socket);
    expect(second.join.meeting.agenda.map((item) => item.title)).toEqual(['Accueil / tour de table']);

    await save({ ...series, welcomeItem: false });
    await ok(second.socket, 'meeting:end', {});
    const third = await joinRoom(t.server.url, 'jeudi', 'Alice', undefined, token);
    t.sockets.push(third.socket);
    expect(third.join.meeting.agenda).toEqual([]);
  });
});
