import { describe, expect, it } from 'vitest';
import { fetchMeetingMinutes, fetchMinutesHistory, MinutesHistoryError } from './minutes-history';

function fakeFetch(status: number, body: unknown) {
  const urls: string[] = [];
  const fetchImpl = (async (url: string) => {
    urls.push(url);
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { fetchImpl, urls };
}

describe('minutes history', () => {
  it('reads the list and one meeting from the room’s routes', async () => {
    const list = [{ meetingId: 'm1', status: 'ended', startedAt: 1, endedAt: 2 }];
    const { fetchImpl, urls } = fakeFetch(200, list);
    await expect(fetchMinutesHistory('assemblee', fetchImpl)).resolves.toEqual(list);
    await fetchMeetingMinutes('assemblee', 'm/1', fetchImpl);
    expect(urls).toEqual(['/api/rooms/assemblee/minutes', '/api/rooms/assemblee/minutes/m%2F1']);
  });

  it('names what went wrong', async () => {
    const { fetchImpl } = fakeFetch(404, { error: { code: 'NOT_FOUND' } });
    await expect(fetchMeetingMinutes('assemblee', 'nope', fetchImpl)).rejects.toMatchObject({ code: 'HTTP_404' });
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(fetchMinutesHistory('assemblee', offline)).rejects.toBeInstanceOf(MinutesHistoryError);
  });
});
