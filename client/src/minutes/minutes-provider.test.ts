import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MinutesProvider } from './minutes-provider';
import { TestMinutesServer } from './test-minutes-server';

function text(provider: MinutesProvider | Y.Doc): string {
  const doc = provider instanceof Y.Doc ? provider : provider.doc;
  return doc.getText('t').toString();
}

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

function joinedClient(server: TestMinutesServer): MinutesProvider {
  const connection = server.connectionFor();
  const provider = new MinutesProvider(connection);
  connection.attach(provider);
  provider.joined();
  return provider;
}

describe('MinutesProvider', () => {
  it('loads what the server has, then sends each edit', async () => {
    const server = new TestMinutesServer();
    server.doc.getText('t').insert(0, 'Ordre du jour');
    const alice = joinedClient(server);
    expect(alice.state.status).toBe('connecting');
    await settle();
    expect(alice.state).toEqual({ status: 'synced', meetingId: 'meeting-1', unsent: 0 });
    expect(text(alice)).toBe('Ordre du jour');

    alice.doc.getText('t').insert(0, '> ');
    expect(alice.state.unsent).toBe(1);
    await settle();
    expect(text(server.doc)).toBe('> Ordre du jour');
    expect(alice.state.unsent).toBe(0);
  });

  it('relays edits between two clients, without echoing remote ones back', async () => {
    const server = new TestMinutesServer();
    const alice = joinedClient(server);
    const bob = joinedClient(server);
    await settle();
    alice.doc.getText('t').insert(0, 'A');
    bob.doc.getText('t').insert(0, 'B');
    await settle();
    expect(text(alice)).toBe(text(bob));
    expect(text(alice)).toHaveLength(2);
    // Two syncs and one update each: a remote update is never sent back.
    expect(server.received.filter((name) => name === 'minutes:update')).toHaveLength(2);
  });

  it('keeps editing offline and converges on reconnection', async () => {
    const server = new TestMinutesServer();
    const alice = joinedClient(server);
    const bob = joinedClient(server);
    await settle();
    alice.doc.getText('t').insert(0, 'base ');
    await settle();

    server.setOnline(alice, false);
    expect(alice.state.status).toBe('offline');
    alice.doc.getText('t').insert(5, 'hors-ligne ');
    alice.doc.getText('t').insert(0, '1 ');
    bob.doc.getText('t').insert(text(bob).length, 'en ligne');
    await settle();
    expect(alice.state.unsent).toBe(2);
    expect(text(bob)).toBe('base en ligne');

    server.setOnline(alice, true);
    await settle();
    expect(alice.state).toMatchObject({ status: 'synced', unsent: 0 });
    expect(text(alice)).toBe(text(bob));
    expect(text(server.doc)).toBe(text(alice));
    expect(text(alice)).toContain('hors-ligne');
    expect(text(alice)).toContain('en ligne');
  });

  it('resends an edit whose request was cut off by a drop', async () => {
    const server = new TestMinutesServer();
    const alice = joinedClient(server);
    await settle();
    alice.doc.getText('t').insert(0, 'perdu ?');
    // The connection drops before the request reaches the server.
    server.setOnline(alice, false);
    await settle();
    expect(text(server.doc)).toBe('');
    expect(alice.state.unsent).toBe(1);
    server.setOnline(alice, true);
    await settle();
    expect(text(server.doc)).toBe('perdu ?');
    expect(alice.state.unsent).toBe(0);
  });

  it('shares who is editing, and forgets the others while offline', async () => {
    const server = new TestMinutesServer();
    const alice = joinedClient(server);
    const bob = joinedClient(server);
    await settle();
    alice.setUser({ name: 'Alice', color: '#a33' });
    await settle();
    const names = (provider: MinutesProvider) =>
      [...provider.awareness.getStates().values()].map((state) => (state as { user?: { name: string } }).user?.name);
    expect(names(bob)).toContain('Alice');

    server.setOnline(bob, false);
    expect(names(bob)).not.toContain('Alice');
    server.setOnline(bob, true);
    await settle();
    // The sync answer says again who is there.
    expect(names(bob)).toContain('Alice');
  });

  it('closes itself when the room has moved on to another meeting', async () => {
    const server = new TestMinutesServer('m1');
    const connection = server.connectionFor();
    const alice = new MinutesProvider(connection);
    connection.attach(alice);
    alice.joined();
    await settle();
    (server as unknown as { meetingId: string }).meetingId = 'm2';
    server.setOnline(alice, false);
    server.setOnline(alice, true);
    await settle();
    expect(alice.state.status).toBe('closed');
  });
});
