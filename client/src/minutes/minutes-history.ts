import type { MinutesHistoryDetail, MinutesHistoryEntry } from '@palabre/shared';

/*
 * A room's past minutes over plain HTTP, for anyone with the room link: no seat taken. The
 * server leaves out what was marked private.
 */

export class MinutesHistoryError extends Error {
  constructor(
    /** HTTP_<status>, or NETWORK when the server could not be reached. */
    readonly code: string,
  ) {
    super(`minutes history: ${code}`);
    this.name = 'MinutesHistoryError';
  }
}

const historyUrl = (room: string) => `/api/rooms/${encodeURIComponent(room)}/minutes`;

async function getJson<T>(url: string, fetchImpl: typeof fetch, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: { accept: 'application/json' }, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new MinutesHistoryError('NETWORK');
  }
  if (!response.ok) throw new MinutesHistoryError(`HTTP_${response.status}`);
  return (await response.json()) as T;
}

/** The room's meetings that have minutes, newest first. */
export function fetchMinutesHistory(room: string, fetchImpl: typeof fetch = fetch, signal?: AbortSignal): Promise<MinutesHistoryEntry[]> {
  return getJson(historyUrl(room), fetchImpl, signal);
}

/** One meeting's minutes (private parts removed) and their summary. */
export function fetchMeetingMinutes(
  room: string,
  meetingId: string,
  fetchImpl: typeof fetch = fetch,
  signal?: AbortSignal,
): Promise<MinutesHistoryDetail> {
  return getJson(`${historyUrl(room)}/${encodeURIComponent(meetingId)}`, fetchImpl, signal);
}
