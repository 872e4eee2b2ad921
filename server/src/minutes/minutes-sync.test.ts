import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { GENERAL_SECTION_ID, MINUTES_UPDATE_MAX_BYTES } from '@palabre/shared';
import { asBytes, MinutesClient, wire } from '../test-support/minutes-client.js';
import { storedMinutes } from '../test-support/stored-minutes.js';
import { collect, connectClient, joinRoom, nextEvent, ok, request, useTestServer, waitFor } from '../test-support/test-server.js';

describe('shared minutes over the call connection', () => {
  const t = useTestServer();
  const join = async (room: string, name: string) => {
    const joined = await joinRoom(t.server.url, room, name);
    t.sockets.push(joined.socket);
    return joined;
  };

  it('converges two editors and brings a late joiner up to date', async () => {
    const alice = await MinutesClient.open((await join('weekly', 'Alice')).socket);
    const bob = await MinutesClient.open((await join('weekly', 'Bob')).socket);
    expect(bob.meetingId).toBe(alice.meetingId);

    const aliceEchoes = collect(alice.socket, 'minutes:updated');
    const reachesBob = nextEvent(bob.socket, 'minutes:updated');
    await alice.type('Bonjour à tous');
    await reachesBob;
    expect(bob.text()).toBe('Bonjour à tous');
    await bob.type(', et bienvenue');
    await waitFor(() => alice.text() === 'Bonjour à tous, et bienvenue');
    expect(aliceEchoes).toHaveLength(1); // Bob's update only: nobody gets their own back

    const carol = await MinutesClient.open((await join('weekly', 'Carol')).socket);
    expect(carol.text()).toBe('Bonjour à tous, et bienvenue');
    expect(Y.encodeStateVector(carol.doc)).toEqual(Y.encodeStateVector(alice.doc));
  });

  it('has an acknowledged update in the database before the ack', async () => {
    const alice = await MinutesClient.open((await join('weekly', 'Alice')).socket);
    await alice.type('Décision: on garde le local');
    expect(storedMinutes(t.server.dataDir, alice.meetingId).minutes.sections[0]?.blocks).toEqual([
      { type: 'note', text: 'Décision: on garde le local', private: false },
    ]);
  });

  it('refuses bad bytes with a clear error and leaves the stored minutes as they were', async () => {
    const alice = await MinutesClient.open((await join('weekly', 'Alice')).socket);
    await alice.type('kept');
    const before = storedMinutes(t.server.dataDir, alice.meetingId);

    const refusals: [string, unknown, RegExp][] = [
      ['minutes:update', { update: new Uint8Array([1, 2, 3, 4]) }, /not a Yjs update/],
      ['minutes:update', { update: new Uint8Array(MINUTES_UPDATE_MAX_BYTES + 1) }, /larger than/],
      ['minutes:update', { update: 'AQIDBA==' }, /expected binary data/],
      ['minutes:update', { update: [1, 2, 3] }, /expected binary data/],
      ['minutes:update', { update: new Uint8Array() }, /empty update/],
      ['minutes:sync', { stateVector: new Uint8Array([0xff]) }, /not a Yjs state vector/],
      ['minutes:awareness', { update: new Uint8Array([1, 2, 3]) }, /not an awareness update/],
      ['minutes:awareness', { update: new TextEncoder().encode('{"user":1}') }, /not an awareness update/],
    ];
    for (const [name, payload, message] of refusals) {
      const answer = await request(alice.socket, name as 'minutes:update', payload as never);
      expect(answer, name).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
      if (!answer.ok) expect(answer.error.message).toMatch(message);
    }
    expect(storedMinutes(t.server.dataDir, alice.meetingId)).toEqual(before);
    const fresh = await MinutesClient.open(alice.socket);
    expect(fresh.text()).toBe('kept');
  });

  it('serves only the minutes of the room a connection joined', async () => {
    const stranger = await connectClient(t.server.url);
    t.sockets.push(stranger);
    for (const name of ['minutes:sync', 'minutes:update', 'minutes:awareness'] as const) {
      const payload = name === 'minutes:sync' ? { stateVector: new Uint8Array([0]) } : { update: new Uint8Array([0, 0]) };
      expect(await request(stranger, name, payload as never)).toMatchObject({ ok: false, error: { code: 'NOT_JOINED' } });
    }

    const alice = await MinutesClient.open((await join('weekly', 'Alice')).socket);
    await alice.type('secret de weekly');
    const mallory = await MinutesClient.open((await join('other', 'Mallory')).socket);
    expect(mallory.meetingId).not.toBe(alice.meetingId);
    expect(JSON.stringify(mallory.read())).not.toContain('secret');

    const aliceSees = collect(alice.socket, 'minutes:updated');
    await mallory.type('written in other');
    expect(aliceSees).toEqual([]);
    expect(alice.text()).toBe('secret de weekly');
    expect(storedMinutes(t.server.dataDir, alice.meetingId).minutes.sections[0]?.blocks.map((b) => b.text)).toEqual(['secret de weekly']);
  });

  it('keeps one section per agenda item as the agenda changes', async () => {
    const alice = await join('weekly', 'Alice');
    const minutes = await MinutesClient.open(alice.socket);
    const bob = await MinutesClient.open((await join('weekly', 'Bob')).socket);
    const ids = (client: MinutesClient) => client.read().sections.map((section) => [section.itemId, section.title]);

    const { itemId: first } = await ok(alice.socket, 'agenda:add', { title: 'Accueil' });
    const { itemId: second } = await ok(alice.socket, 'agenda:add', { title: 'Budget' });
    await waitFor(() => ids(bob).length === 3);
    expect(ids(bob)).toEqual([[GENERAL_SECTION_ID, ''], [first, 'Accueil'], [second, 'Budget']]);

    await ok(alice.socket, 'agenda:update', { itemId: first, title: 'Accueil et tour de table' });
    await waitFor(() => ids(bob)[1]?.[1] === 'Accueil et tour de table');

    await minutes.type('Le budget est serré', second);
    await ok(alice.socket, 'agenda:move', { itemId: second, toIndex: 0 });
    await waitFor(() => ids(bob)[1]?.[0] === second);
    expect(ids(bob)).toEqual([[GENERAL_SECTION_ID, ''], [second, 'Budget'], [first, 'Accueil et tour de table']]);
    expect(bob.text(second)).toBe('Le budget est serré');

    // Removed: the section with words stays under its last title; the empty one goes.
    await ok(alice.socket, 'agenda:remove', { itemId: second });
    await ok(alice.socket, 'agenda:remove', { itemId: first });
    await waitFor(() => ids(bob).length === 2);
    expect(ids(bob)).toEqual([[GENERAL_SECTION_ID, ''], [second, 'Budget']]);
    expect(ids(minutes)).toEqual(ids(bob));
    expect(storedMinutes(t.server.dataDir, minutes.meetingId).minutes).toEqual(bob.read());
  });

  it('gives an agenda item proposed over HTTP its section in the live minutes', async () => {
    const bob = await MinutesClient.open((await join('weekly', 'Bob')).socket);
    const proposal = await fetch(`${t.server.url}/api/rooms/weekly/agenda`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Proposé par Zoé', proposedBy: 'Zoé' }),
    });
    const { itemId } = (await proposal.json()) as { itemId: string };
    await waitFor(() => bob.read().sections.some((section) => section.itemId === itemId));
    expect(bob.read().sections.map((section) => section.title)).toEqual(['', 'Proposé par Zoé']);
  });

  it("starts a new meeting's minutes with the last meeting's open questions and unfinished actions", async () => {
    const alice = await join('weekly', 'Alice');
    await ok(alice.socket, 'agenda:add', { title: 'Local' });
    const first = await MinutesClient.open(alice.socket);
    await first.addBlock('openQuestion', 'Qui garde les clés ?');
    await first.addBlock('action', 'Réserver la salle', { owner: 'Zoé', due: '2026-12-01', done: false, private: false });
    await first.addBlock('action', 'Déjà fait', { owner: 'Yann', due: '', done: true, private: false });
    await first.addBlock('decision', 'On reste ici', { outcome: 'consensus', private: false });
    await ok(alice.socket, 'meeting:end', {});

    const again = await joinRoom(t.server.url, 'weekly', 'Alice', alice.join.resumeToken);
    t.sockets.push(again.socket);
    const second = await MinutesClient.open(again.socket);
    expect(second.meetingId).not.toBe(first.meetingId);
    expect(second.read().sections).toEqual([
      {
        itemId: GENERAL_SECTION_ID,
        title: '',
        private: false,
        blocks: [
          { type: 'question', text: 'Qui garde les clés ?', private: false },
          { type: 'action', text: 'Réserver la salle', private: false, owner: 'Zoé', due: '2026-12-01', done: false },
        ],
      },
    ]);
  });

  it("relays cursors, answers a late joiner with them, and removes a dropped connection's", async () => {
    const alice = await MinutesClient.open((await join('weekly', 'Alice')).socket);
    const bob = await MinutesClient.open((await join('weekly', 'Bob')).socket);
    const aliceAwareness = new Awareness(alice.doc);
    const cursorOf = (awareness: Awareness, client: number) => wire(encodeAwarenessUpdate(awareness, [client]));
    const bobView = new Awareness(bob.doc);
    bob.socket.on('minutes:awareness', ({ update }) => applyAwarenessUpdate(bobView, asBytes(update), 'server'));

    aliceAwareness.setLocalState({ user: { name: 'Alice', color: '#c33' } });
    await ok(alice.socket, 'minutes:awareness', { update: cursorOf(aliceAwareness, alice.doc.clientID) });
    await waitFor(() => bobView.getStates().has(alice.doc.clientID));
    expect(bobView.getStates().get(alice.doc.clientID)).toEqual({ user: { name: 'Alice', color: '#c33' } });

    const carol = await join('weekly', 'Carol');
    const answer = await ok(carol.socket, 'minutes:sync', { stateVector: wire(Y.encodeStateVector(new Y.Doc())) });
    const carolView = new Awareness(new Y.Doc());
    carolView.setLocalState(null); // only what the server sent: Alice, and not the server itself
    applyAwarenessUpdate(carolView, asBytes(answer.awareness!), 'server');
    expect([...carolView.getStates().keys()]).toEqual([alice.doc.clientID]);

    // Bob may not speak for Alice's cursor.
    const spoof = await request(bob.socket, 'minutes:awareness', { update: cursorOf(aliceAwareness, alice.doc.clientID) });
    expect(spoof).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    alice.socket.disconnect();
    await waitFor(() => !bobView.getStates().has(alice.doc.clientID));
    aliceAwareness.destroy();
    bobView.destroy();
    carolView.destroy();
  });
});
