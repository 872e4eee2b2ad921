import { describe, expect, it } from 'vitest';
import type { Glossary } from '@palabre/shared';
import { useTestServer } from '../test-support/test-server.js';

describe("a room's glossary over HTTP", () => {
  const t = useTestServer();
  const url = (room: string) => `${t.server.url}/api/rooms/${room}/glossary`;
  const put = (room: string, body: unknown) =>
    fetch(url(room), { method: 'PUT', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const read = async (room: string) => (await (await fetch(url(room))).json()) as Glossary;

  it('lets anyone with the link read and replace it', async () => {
    expect(await read('jeudi')).toEqual({ entries: [] });
    const glossary = { entries: [{ term: 'AG', definition: 'Assemblée générale' }, { term: 'CA', definition: " Conseil d'administration " }] };
    expect((await put('jeudi', glossary)).status).toBe(200);
    expect(await read('jeudi')).toEqual({ entries: [{ term: 'AG', definition: 'Assemblée générale' }, { term: 'CA', definition: "Conseil d'administration" }] });
    expect(await read('vendredi')).toEqual({ entries: [] });
  });

  it('refuses what is out of bounds or malformed, leaving the stored glossary as it was', async () => {
    const kept = { entries: [{ term: 'AG', definition: 'Assemblée générale' }] };
    await put('jeudi', kept);
    const entry = { term: 'mot', definition: 'sens' };
    for (const body of [
      { entries: Array.from({ length: 201 }, (_, i) => ({ term: `mot ${i}`, definition: '' })) },
      { entries: [{ term: 'x'.repeat(81), definition: '' }] },
      { entries: [{ term: 'mot', definition: 'x'.repeat(1001) }] },
      { entries: [{ term: '   ', definition: 'blank term' }] },
      { entries: [{ definition: 'no term' }] },
      { entries: 'AG' },
      [entry],
      '{"entries": [',
    ]) {
      const response = await put('jeudi', body);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('INVALID_PAYLOAD');
    }
    expect((await put('Not-A-Room', kept)).status).toBe(400);
    expect(await read('jeudi')).toEqual(kept);
    // The bounds themselves are allowed.
    const full = { entries: Array.from({ length: 200 }, (_, i) => ({ term: `${i}`.padEnd(80, 'x'), definition: 'é'.repeat(1000) })) };
    expect((await put('jeudi', full)).status).toBe(200);
    expect((await read('jeudi')).entries).toHaveLength(200);
  });
});
