import { describe, expect, it } from 'vitest';
import { GENERAL_SECTION_ID } from '@palabre/shared';
import { MinutesClient } from '../test-support/minutes-client.js';
import { useKillableServer } from '../test-support/server-process.js';
import { joinRoom, ok, waitFor } from '../test-support/test-server.js';

describe('shared minutes when the server is killed with SIGKILL', () => {
  const server = useKillableServer('minutes-crash');
  const { sockets } = server;

  it('loses no acknowledged character', async () => {
    await server.start();
    const { url } = server;

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

    await server.crash();
    await server.start();
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
