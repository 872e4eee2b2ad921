import { describe, expect, it } from 'vitest';
import { useKillableServer } from '../test-support/server-process.js';
import { joinRoom, ok } from '../test-support/test-server.js';

describe('a server killed with SIGKILL mid-meeting', () => {
  const server = useKillableServer('crash');
  const { sockets } = server;

  it('loses no acknowledged agenda item, raised hand or chat message', async () => {
    await server.start();
    const { url } = server;

    const alice = await joinRoom(url, 'crash', 'Alice');
    const bob = await joinRoom(url, 'crash', 'Bob');
    sockets.push(alice.socket, bob.socket);
    await ok(alice.socket, 'agenda:add', { title: 'Accueil', durationMinutes: 5 });
    await ok(bob.socket, 'agenda:add', { title: 'Proposition de Bob' });
    await ok(alice.socket, 'agenda:next', {});
    await ok(bob.socket, 'hand:raise', {});
    await ok(bob.socket, 'chat:send', { text: 'Je lève la main pour la fête' });

    await server.crash();
    await server.start();
    const back = await joinRoom(url, 'crash', 'Alice', alice.join.resumeToken);
    sockets.push(back.socket);
    expect(back.join.self.id).toBe(alice.join.self.id);
    expect(back.join.role).toBe('facilitator');
    const { meeting, chat } = back.join;
    expect(meeting.agenda.map((item) => item.title)).toEqual(['Accueil', 'Proposition de Bob']);
    expect(meeting.agenda[0]).toMatchObject({ status: 'current', durationMinutes: 5 });
    expect(meeting.queue).toEqual([expect.objectContaining({ peerId: bob.join.self.id, name: 'Bob' })]);
    expect(chat.map((message) => message.text)).toEqual(['Je lève la main pour la fête']);
  });
});
