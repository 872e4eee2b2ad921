import { describe, expect, it } from 'vitest';
import type { AgendaDraft } from '@palabre/shared';
import { joinRoom, nextEvent, useTestServer } from '../test-support/test-server.js';

describe('the agenda before the call, over HTTP', () => {
  const t = useTestServer();
  const agendaUrl = (room: string) => `${t.server.url}/api/rooms/${room}/agenda`;
  const propose = (room: string, body: unknown) =>
    fetch(agendaUrl(room), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('lets anyone with the link read and propose items before anyone joins', async () => {
    expect(await (await fetch(agendaUrl('jeudi'))).json()).toEqual({ agenda: [] });
    const created = await propose('jeudi', { title: 'Accueil des nouveaux', durationMinutes: 10, proposedBy: 'Zoé' });
    expect(created.status).toBe(201);
    const { agenda } = (await (await fetch(agendaUrl('jeudi'))).json()) as AgendaDraft;
    expect(agenda).toEqual([expect.objectContaining({ title: 'Accueil des nouveaux', durationMinutes: 10, proposedBy: 'Zoé', status: 'pending' })]);

    // The call starts with it.
    const alice = await joinRoom(t.server.url, 'jeudi', 'Alice');
    t.sockets.push(alice.socket);
    expect(alice.join.meeting.agenda.map((item) => item.title)).toEqual(['Accueil des nouveaux']);
  });

  it('shows a proposal to a live call at once', async () => {
    const alice = await joinRoom(t.server.url, 'jeudi', 'Alice');
    t.sockets.push(alice.socket);
    const updated = nextEvent(alice.socket, 'meeting:updated');
    await propose('jeudi', { title: 'Budget', proposedBy: 'Yann' });
    expect((await updated).agenda.map((item) => item.title)).toEqual(['Budget']);
  });

  it('refuses bad input with a clear error and stores nothing', async () => {
    for (const [room, body] of [
      ['jeudi', { title: '', proposedBy: 'x' }],
      ['jeudi', { title: 'no proposer' }],
      ['jeudi', { title: 'x', proposedBy: 'y', durationMinutes: -5 }],
      ['Not-A-Room', { title: 'x', proposedBy: 'y' }],
      ['jeudi', ['not', 'an', 'object']],
    ] as const) {
      const response = await propose(room, body);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('INVALID_PAYLOAD');
    }
    const broken = await fetch(agendaUrl('jeudi'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"title":' });
    expect(broken.status).toBe(400);
    expect(await (await fetch(agendaUrl('jeudi'))).json()).toEqual({ agenda: [] });
  });
});
