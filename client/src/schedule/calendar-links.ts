import { roomPath } from '../app/routing';

/*
 * The room's calendar feed. webcal:// asks the calendar app to subscribe (it then follows
 * changes and cancellations); the plain https link downloads the same file for the others.
 */

export function calendarFeedPath(room: string): string {
  return `${roomPath(room)}/calendar.ics`;
}

export function subscribeUrl(host: string, room: string): string {
  return `webcal://${host}${calendarFeedPath(room)}`;
}

/** Every listed room's meetings in one feed. */
export const INSTANCE_FEED_PATH = '/calendar.ics';

export function instanceSubscribeUrl(host: string): string {
  return `webcal://${host}${INSTANCE_FEED_PATH}`;
}
