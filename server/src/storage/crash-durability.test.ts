import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort, startServerProcess } from '../test-support/server-process.js';
import { joinRoom, ok, waitFor, type TestClient } from '../test-support/test-server.js';

describe('a server killed with SIGKILL mid-meeting', () => {
  const children: ChildProcess[] = [];
  const sockets: TestClient[] = [];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'palabre-crash-'));

  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.disconnect();
    for (const child of children.splice(0)) child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('loses no acknowledged agenda item, raised hand or chat message', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const first = await startServerProcess(dataDir, port);
    children.push(first);

    const alice = await joinRoom(url, 'crash', 'Alice');
    const bob = await joinRoom(url, 'crash', 'Bob');
    sockets.push(alice.socket, bob.socket);
    await ok(alice.socket, 'agenda:add', { title: 'Accueil', durationMinutes: 5 });
    await ok(bob.socket, 'agenda:add', { title: 'Proposition de Bob' });
    await ok(alice.socket, 'agenda:next', {});
    await ok(bob.socket, 'hand:raise', {});
    await ok(bob.socket, 'chat:send', { text: 'Je lève la main pour la fête' });

    first.kill('SIGKILL');
    await waitFor(() => first.exitCode !== null || first.signalCode !== null);
    for (const socket of sockets.splice(0)) socket.disconnect();

    children.push(await startServerProcess(dataDir, port));
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
