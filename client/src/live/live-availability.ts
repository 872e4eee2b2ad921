import type { LiveAvailability } from '@palabre/shared';

/** Whether a room is streamed now (`GET /api/rooms/<room>/live`); not live if the server cannot say. */
export async function fetchLiveAvailability(room: string, signal?: AbortSignal): Promise<LiveAvailability> {
  try {
    const response = await fetch(`/api/rooms/${encodeURIComponent(room)}/live`, { headers: { accept: 'application/json' }, signal: signal ?? null });
    if (!response.ok) return { live: false, playlistReady: false };
    return (await response.json()) as LiveAvailability;
  } catch {
    return { live: false, playlistReady: false };
  }
}
