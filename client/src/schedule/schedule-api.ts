import { requestJson } from '../http/json-request';
import type { RoomListing, ScheduleResponse, SeriesSchedule } from './schedule-types';

const scheduleUrl = (room: string) => `/api/rooms/${encodeURIComponent(room)}/schedule`;

/** The series (or null), its next occurrences, and what the last meeting left open. */
export function fetchSchedule(room: string, signal?: AbortSignal, fetchImpl: typeof fetch = fetch): Promise<ScheduleResponse> {
  return requestJson<ScheduleResponse>(scheduleUrl(room), signal ? { signal } : {}, fetchImpl);
}

/** Facilitators only: the server checks the token the room gave them. */
export async function saveSchedule(room: string, schedule: SeriesSchedule, facilitatorToken: string, fetchImpl: typeof fetch = fetch): Promise<void> {
  await requestJson<unknown>(scheduleUrl(room), { method: 'PUT', body: schedule, headers: { 'x-facilitator-token': facilitatorToken } }, fetchImpl);
}

export async function deleteSchedule(room: string, facilitatorToken: string, fetchImpl: typeof fetch = fetch): Promise<void> {
  await requestJson<unknown>(scheduleUrl(room), { method: 'DELETE', headers: { 'x-facilitator-token': facilitatorToken } }, fetchImpl);
}

/** The rooms their facilitators chose to list on the instance's home page. */
export async function fetchListedRooms(signal?: AbortSignal, fetchImpl: typeof fetch = fetch): Promise<RoomListing[]> {
  const body = await requestJson<{ rooms: RoomListing[] }>('/api/rooms', signal ? { signal } : {}, fetchImpl);
  return body.rooms;
}
