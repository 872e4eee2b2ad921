import type {
  MeetingReportState,
  PublishedReport,
  PublishingStatus,
  PublishingTargetsUpdate,
  PublishTarget,
  ReportPreview,
  ReviewMinutesSync,
  ReviewMinutesSyncBody,
  ReviewMinutesUpdateBody,
} from '@palabre/shared';
import { requestJson } from '../http/json-request';

/*
 * The facilitators' publishing routes. They answer over HTTP, not the call's socket, so the
 * review still works once the meeting has ended and the call is closed. Every request carries
 * the room's facilitator secret as a bearer token, except the last two, open to anyone with the
 * room link.
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

/** The review editor's Yjs sync step 1 (bytes in base64). */
export function syncReviewMinutes(room: string, token: string, reportId: string, body: ReviewMinutesSyncBody, fetchImpl: typeof fetch = fetch): Promise<ReviewMinutesSync> {
  return requestJson<ReviewMinutesSync>(`${reportUrl(room, reportId)}/minutes/sync`, { method: 'POST', body, headers: bearer(token) }, fetchImpl);
}

/** One correction of the minutes during the review; resolves once the server stored it. */
export async function sendReviewMinutesUpdate(room: string, token: string, reportId: string, body: ReviewMinutesUpdateBody, fetchImpl: typeof fetch = fetch): Promise<void> {
  await requestJson<unknown>(`${reportUrl(room, reportId)}/minutes/update`, { method: 'POST', body, headers: bearer(token) }, fetchImpl);
}

/** The room's published reports, newest first: anyone with the room link. */
export function fetchPublishedReports(room: string, signal?: AbortSignal, fetchImpl: typeof fetch = fetch): Promise<PublishedReport[]> {
  return requestJson<PublishedReport[]>(`${roomUrl(room)}/reports`, signal ? { signal } : {}, fetchImpl);
}

/** Where one meeting's report stands: anyone who was there. */
export function fetchMeetingReport(room: string, meetingId: string, signal?: AbortSignal, fetchImpl: typeof fetch = fetch): Promise<MeetingReportState> {
  return requestJson<MeetingReportState>(`${roomUrl(room)}/meetings/${encodeURIComponent(meetingId)}/report`, signal ? { signal } : {}, fetchImpl);
}
