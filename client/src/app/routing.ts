import { useSyncExternalStore } from 'react';
import { isRoomName } from '../rooms/room-names';

/** The pages of the app, from the URL: no router library for a handful of routes. */
export type Route =
  | { page: 'home' }
  | { page: 'room'; room: string }
  /** A room's past minutes: the list (meetingId null) or one meeting's. */
  | { page: 'minutes'; room: string; meetingId: string | null }
  | { page: 'not-found' };

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'home' };
  const match = /^\/r\/([^/]+)\/?$/.exec(pathname);
  if (match?.[1]) {
    const room = safeDecode(match[1]);
    if (room && isRoomName(room)) return { page: 'room', room };
  }
  const minutes = /^\/r\/([^/]+)\/minutes(?:\/([^/]+))?\/?$/.exec(pathname);
  if (minutes?.[1]) {
    const room = safeDecode(minutes[1]);
    const meetingId = minutes[2] === undefined ? null : safeDecode(minutes[2]);
    const meetingOk = minutes[2] === undefined || Boolean(meetingId);
    if (room && isRoomName(room) && meetingOk) return { page: 'minutes', room, meetingId };
  }
  return { page: 'not-found' };
}

export function roomPath(room: string): string {
  return `/r/${encodeURIComponent(room)}`;
}

/** A room's minutes: the list of its meetings, or one meeting's. */
export function minutesPath(room: string, meetingId?: string): string {
  const list = `${roomPath(room)}/minutes`;
  return meetingId ? `${list}/${encodeURIComponent(meetingId)}` : list;
}

const NAVIGATED = 'palabre:navigated';

export function navigate(path: string): void {
  if (path === window.location.pathname) return;
  window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATED));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATED, onChange);
  };
}

/** The current path; components re-render on back/forward and on navigate(). */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
