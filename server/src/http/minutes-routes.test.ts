import { describe, expect, it } from 'vitest';
import type { MinutesHistoryDetail, MinutesHistoryEntry } from '@palabre/shared';
import { MinutesClient } from '../test-support/minutes-client.js';
import { joinRoom, ok, useTestServer } from '../test-support/test-server.js';

describe('minutes history over HTTP', () => {
  const t = useTestServer();
  const get = (path: string) => fetch(`${t.server.url}${path}`);

  it('lists the meetings with minutes newest first and serves one without its private parts', async () => {
    expect(await (await get('/api/rooms/weekly/minutes')).json()).toEqual([]);

    const alice = await joinRoom(t.server.url, 'weekly', 'Alice');
    t.sockets.push(alice.socket);
    const first = await MinutesClient.open(alice.socket);
    await first.addBlock('decision', 'On garde le local', { outcome: 'consensus', private: false });
    await first.addBlock('action', 'Appeler le proprio', { owner: 'Zoé', due: '', done: false, private: true });
    await ok(alice.socket, 'meeting:end', {});

    const again = await joinRoom(t.server.url, 'weekly', 'Alice', alice.join.resumeToken);
    t.sockets.push(again.socket);
    const second = await MinutesClient.open(again.socket);

    const history = (await (await get('/api/rooms/weekly/minutes')).json()) as MinutesHistoryEntry[];
    expect(history.map((entry) => [entry.meetingId, entry.status])).toEqual([
      [second.meetingId, 'open'],
      [first.meetingId, 'ended'],
    ]);

    const response = await get(`/api/rooms/weekly/minutes/${first.meetingId}`);
    expect(response.status).toBe(200);
    const detail = (await response.json()) as MinutesHistoryDetail;
    expect(detail).toMatchObject({ meetingId: first.meetingId, status: 'ended' });
    expect(JSON.stringify(detail)).not.toContain('proprio');
    expect(detail.summary).toEqual({
      decisions: [{ type: 'decision', text: 'On garde le local', private: false, outcome: { kind: 'consensus' }, sectionTitle: '' }],
      actions: [],
      questions: [],
    });
  });

  it("answers 404 for an unknown meeting or another room's, 400 for a bad room name", async () => {
    const alice = await joinRoom(t.server.url, 'weekly', 'Alice');
    t.sockets.push(alice.socket);
    const minutes = await MinutesClient.open(alice.socket);
    expect((await get(`/api/rooms/weekly/minutes/${minutes.meetingId}`)).status).toBe(200);
    expect((await get(`/api/rooms/other/minutes/${minutes.meetingId}`)).status).toBe(404);
    expect((await get('/api/rooms/weekly/minutes/no-such-meeting')).status).toBe(404);
    expect((await get('/api/rooms/Not%20A%20Room/minutes')).status).toBe(400);
    expect(await (await get('/api/rooms/other/minutes')).json()).toEqual([]);
  });
});
