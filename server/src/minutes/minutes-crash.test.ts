import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GENERAL_SECTION_ID } from '@palabre/shared';
import { MinutesClient } from '../test-support/minutes-client.js';
import { freePort, startServerProcess } from '../test-support/server-process.js';
import { joinRoom, ok, waitFor, type TestClient } from '../test-support/test-server.js';

describe('shared minutes when the server is killed with SIGKILL', () => {
  const children: ChildProcess[] = [];
  const sockets: TestClient[] = [];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'palabre-minutes-crash-'));

  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.disconnect();
    for (const child of children.splice(0)) child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('loses no acknowledged character', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const first = await startServerProcess(dataDir, port);
    children.push(first);

    const alice = await joinRoom(url, 'crash', 'Alice');
    const bob = await joinRoom(url, 'crash', 'Bob');
    sockets.push(alice.socket, bob.socket);
    const { itemId } = await ok(alice.socket, 'agenda:add', { title: 'Local' });
    const aliceMinutes = await MinutesClient.open(alice.socket);
    const bobMinutes = await MinutesClient.open(bob.socket);
    await waitFor(() => aliceMinutes.read().sections.length === 2);

    // Character by character, alternating editors, each awaited: every one is acknowledged.
    // More than one compaction's worth (200 updates) so a snapshot and later rows both count.
    const sentence = 'Le local reste ouvert le jeudi soir; Zoé garde les clés. ';
    let typedGeneral = '';
    let typedItem = '';
    for (let round = 0; round < 4; round++) {
      for (const char of sentence) {
        await aliceMinutes.type(char);
        typedGeneral += char;
      }
      for (const char of sentence.slice(0, 10)) {
        await bobMinutes.type(char, itemId);
        typedItem += char;
      }
    }

    first.kill('SIGKILL');
    await waitFor(() => first.exitCode !== null || first.signalCode !== null);
    for (const socket of sockets.splice(0)) socket.disconnect();

    children.push(await startServerProcess(dataDir, port));
    const back = await joinRoom(url, 'crash', 'Alice', alice.join.resumeToken);
    sockets.push(back.socket);
    const fresh = await MinutesClient.open(back.socket);
    expect(fresh.meetingId).toBe(aliceMinutes.meetingId);
    expect(fresh.text()).toBe(typedGeneral.trim());
    expect(fresh.text(itemId)).toBe(typedItem.trim());
    expect(fresh.read().sections.map((section) => [section.itemId, section.title])).toEqual([
      [GENERAL_SECTION_ID, ''],
      [itemId, 'Local'],
    ]);
  });
});
