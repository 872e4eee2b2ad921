import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { joinRoom, ok, waitFor, type TestClient } from '../test-support/test-server.js';

const main = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'main.js');

/** The built server as its own process, so the test can kill -9 it like a crash would. */
async function startProcess(dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, RTC_PORT: '0', MEDIASOUP_WORKERS: '1', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const healthy = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
    if (healthy) return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('server did not start');
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

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
    const first = await startProcess(dataDir, port);
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

    children.push(await startProcess(dataDir, port));
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
