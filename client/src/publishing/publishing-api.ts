import type { PublishingStatus, PublishingTargetsUpdate, PublishTarget, ReportPreview } from '@palabre/shared';
import { requestJson } from '../http/json-request';

/*
 * The facilitators' publishing routes. They answer over HTTP, not the call's socket, so the
 * review still works once the meeting has ended and the call is closed. Every request carries
 * the room's facilitator secret as a bearer token.
 */

const roomUrl = (room: string) => `/api/rooms/${encodeURIComponent(room)}`;
const reportUrl = (room: string, reportId: string) => `${roomUrl(room)}/reports/${encodeURIComponent(reportId)}`;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export function fetchPublishing(room: string, token: string, signal?: AbortSignal, fetchImpl: typeof fetch = fetch): Promise<PublishingStatus> {
  return requestJson<PublishingStatus>(`${roomUrl(room)}/publishing`, { headers: bearer(token), ...(signal ? { signal } : {}) }, fetchImpl);
}

/** A secret left out keeps the stored one; a target set to null is removed. */
export function saveTargets(room: string, token: string, update: PublishingTargetsUpdate, fetchImpl: typeof fetch = fetch): Promise<PublishingStatus> {
  return requestJson<PublishingStatus>(`${roomUrl(room)}/publishing/targets`, { method: 'PUT', body: update, headers: bearer(token) }, fetchImpl);
}

export function fetchPreview(room: string, token: string, reportId: string, signal?: AbortSignal, fetchImpl: typeof fetch = fetch): Promise<ReportPreview> {
  return requestJson<ReportPreview>(`${reportUrl(room, reportId)}/preview`, { headers: bearer(token), ...(signal ? { signal } : {}) }, fetchImpl);
}

/** "Publish now": ends the review at once. */
export function publishNow(room: string, token: string, reportId: string, fetchImpl: typeof fetch = fetch): Promise<PublishingStatus> {
  return requestJson<PublishingStatus>(`${reportUrl(room, reportId)}/publish`, { method: 'POST', headers: bearer(token) }, fetchImpl);
}

export function retryDelivery(room: string, token: string, reportId: string, target: PublishTarget, fetchImpl: typeof fetch = fetch): Promise<PublishingStatus> {
  return requestJson<PublishingStatus>(`${reportUrl(room, reportId)}/retry`, { method: 'POST', body: { target }, headers: bearer(token) }, fetchImpl);
}
