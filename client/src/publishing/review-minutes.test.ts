import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { base64ToBytes, bytesToBase64 } from '@palabre/shared';
import { MinutesProvider } from '../minutes/minutes-provider';
import { reviewConnection, whenSaved } from './review-minutes';

const TARGET = { room: 'weekly', token: 'facilitator-secret-0123456789', reportId: 'r-1' };

/** The review routes over a Y.Doc, as fetch sees them; `refuse` and `down` stand for the server's refusal and an outage. */
function fakeReviewServer() {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'Adopt the budjet');
  const server = {
    doc,
    requests: [] as { url: string; authorization: string | null; body: Record<string, string> }[],
    refuse: null as string | null,
    down: false,
    fetch: (async (url: string, init: RequestInit) => {
      if (server.down) throw new TypeError('fetch failed');
      const body = JSON.parse(String(init.body)) as Record<string, string>;
      server.requests.push({ url, authorization: new Headers(init.headers).get('authorization'), body });
      if (server.refuse) return Response.json({ error: { code: 'FORBIDDEN', message: server.refuse } }, { status: 403 });
      if (url.endsWith('/minutes/sync')) {
        const update = Y.encodeStateAsUpdate(doc, base64ToBytes(body.stateVector!));
        return Response.json({ meetingId: 'm-1', update: bytesToBase64(update), stateVector: bytesToBase64(Y.encodeStateVector(doc)) });
      }
      Y.applyUpdate(doc, base64ToBytes(body.update!));
      return Response.json({});
    }) as typeof fetch,
  };
  return server;
}

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

function fixTypo(provider: MinutesProvider): void {
  const text = provider.doc.getText('t');
  provider.doc.transact(() => {
    text.delete(10, 6);
    text.insert(10, 'budget');
  });
}

describe('correcting the minutes during the review', () => {
  it('syncs over the review routes with the secret, and a correction is saved once the server stored it', async () => {
    const server = fakeReviewServer();
    const refusals: string[] = [];
    const connection = reviewConnection(TARGET, (message) => refusals.push(message), server.fetch);
    const provider = new MinutesProvider(connection);
    provider.joined();
    await settle();
    expect(provider.state).toEqual({ status: 'synced', meetingId: 'm-1', unsent: 0 });
    expect(provider.doc.getText('t').toString()).toBe('Adopt the budjet');

    fixTypo(provider);
    const saved = whenSaved(provider, connection);
    expect(provider.state.unsent).toBe(1);
    await saved;
    expect(server.doc.getText('t').toString()).toBe('Adopt the budget');
    expect(server.requests.map((request) => request.url)).toEqual([
      '/api/rooms/weekly/reports/r-1/minutes/sync',
      '/api/rooms/weekly/reports/r-1/minutes/update',
    ]);
    expect(new Set(server.requests.map((request) => request.authorization))).toEqual(new Set([`Bearer ${TARGET.token}`]));
    expect(refusals).toEqual([]);
  });

  it('says why the server refused a correction, and does not pretend it is saved', async () => {
    const server = fakeReviewServer();
    const refusals: string[] = [];
    const connection = reviewConnection(TARGET, (message) => refusals.push(message), server.fetch);
    const provider = new MinutesProvider(connection);
    provider.joined();
    await settle();
    server.refuse = 'these minutes are published: their text can no longer change';
    fixTypo(provider);
    await expect(whenSaved(provider, connection, 200)).rejects.toThrow(/refused/);
    expect(refusals).toEqual(['these minutes are published: their text can no longer change']);
    expect(server.doc.getText('t').toString()).toBe('Adopt the budjet');
  });

  it('keeps a correction made while the server is unreachable, and sends it on the next sync', async () => {
    const server = fakeReviewServer();
    const refusals: string[] = [];
    const connection = reviewConnection(TARGET, (message) => refusals.push(message), server.fetch);
    const provider = new MinutesProvider(connection);
    provider.joined();
    await settle();
    server.down = true;
    fixTypo(provider);
    await settle();
    expect(provider.state).toMatchObject({ status: 'offline', unsent: 1 });
    expect(refusals).toEqual([]); // not a refusal: nothing to tell but "offline"

    server.down = false;
    provider.joined();
    await whenSaved(provider, connection);
    expect(server.doc.getText('t').toString()).toBe('Adopt the budget');
  });
});
