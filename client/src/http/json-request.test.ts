import { describe, expect, it } from 'vitest';
import { ApiError, requestJson } from './json-request';
import { changeGlossary } from '../glossary/glossary-api';
import { saveSchedule } from '../schedule/schedule-api';

type Call = { url: string; init: RequestInit };

/** A fetch that answers each call in turn and remembers what was asked. */
function fakeFetch(...answers: (Response | Error)[]): { fetch: typeof fetch; calls: Call[] } {
  const calls: Call[] = [];
  const fetchImpl = (async (url: string, init: RequestInit = {}) => {
    calls.push({ url, init });
    const answer = answers.shift();
    if (!answer) throw new Error('unexpected call');
    if (answer instanceof Error) throw answer;
    return answer;
  }) as typeof fetch;
  return { fetch: fetchImpl, calls };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('requestJson', () => {
  it('sends JSON and reads JSON', async () => {
    const { fetch, calls } = fakeFetch(json({ ok: 1 }));
    await expect(requestJson('/api/x', { method: 'PUT', body: { a: 1 } }, fetch)).resolves.toEqual({ ok: 1 });
    expect(calls[0]?.init.body).toBe('{"a":1}');
    expect((calls[0]?.init.headers as Record<string, string>)['content-type']).toBe('application/json');
  });

  it('reads an empty answer as null', async () => {
    const { fetch } = fakeFetch(new Response(null, { status: 204 }));
    await expect(requestJson('/api/x', { method: 'DELETE' }, fetch)).resolves.toBeNull();
  });

  it('carries the server’s error code, or the status', async () => {
    const refused = fakeFetch(json({ error: { code: 'FORBIDDEN', message: 'no' } }, 403));
    await expect(requestJson('/api/x', {}, refused.fetch)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const bare = fakeFetch(new Response('oops', { status: 502 }));
    await expect(requestJson('/api/x', {}, bare.fetch)).rejects.toMatchObject({ code: 'HTTP_502' });
  });

  it('tells a network failure from an abort', async () => {
    const down = fakeFetch(new TypeError('failed to fetch'));
    await expect(requestJson('/api/x', {}, down.fetch)).rejects.toEqual(new ApiError('NETWORK', 'the server could not be reached'));
    const aborted = fakeFetch(new DOMException('aborted', 'AbortError'));
    await expect(requestJson('/api/x', {}, aborted.fetch)).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('room API calls', () => {
  it('send the facilitator’s secret in its header', async () => {
    const { fetch, calls } = fakeFetch(json({}));
    const schedule = {
      title: 'Hebdo',
      rrule: 'FREQ=WEEKLY;BYDAY=TH',
      startLocal: '2025-06-12T18:00',
      timeZone: 'Europe/Paris',
      durationMinutes: 60,
      exceptions: [],
      welcomeItem: true,
      listed: false,
    };
    await saveSchedule('hebdo', schedule, 'secret-secret-secret', fetch);
    expect(calls[0]?.url).toBe('/api/rooms/hebdo/schedule');
    expect((calls[0]?.init.headers as Record<string, string>)['x-facilitator-token']).toBe('secret-secret-secret');
  });

  it('change the glossary as it is stored now, keeping others’ words', async () => {
    const { fetch, calls } = fakeFetch(json({ entries: [{ term: 'AG', definition: 'Assemblée générale' }] }), new Response(null, { status: 204 }));
    const saved = await changeGlossary('hebdo', { kind: 'put', entry: { term: 'CA', definition: 'Conseil' } }, fetch);
    expect(saved.entries.map((entry) => entry.term)).toEqual(['AG', 'CA']);
    expect(calls.map((call) => call.init.method)).toEqual(['GET', 'PUT']);
    expect(JSON.parse(String(calls[1]?.init.body))).toEqual(saved);
  });
});
