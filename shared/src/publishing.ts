import { z } from 'zod';
import { base64ToBytes } from './base64.js';
import { MINUTES_UPDATE_MAX_BYTES, type DecisionOutcome } from './minutes.js';

export { base64ToBytes, bytesToBase64 } from './base64.js';

/*
 * Publishing the meeting notes. When a meeting ends its public minutes are frozen into a
 * report; after a review delay the server delivers it to the room's archive and to each target
 * the room's facilitators configured (a MediaWiki, a Discourse, a webhook), retrying until each
 * is published. Facilitators see and steer this through the HTTP routes below, authorised by
 * the room's facilitator secret (`Authorization: Bearer <facilitatorToken>`), so it works after
 * the call closed:
 *
 *   GET  /api/rooms/<room>/publishing                          → PublishingStatus
 *   PUT  /api/rooms/<room>/publishing/targets                  body PublishingTargetsUpdate → PublishingStatus
 *   GET  /api/rooms/<room>/reports/<reportId>/preview          → ReportPreview (what would be published now)
 *   POST /api/rooms/<room>/reports/<reportId>/publish          → PublishingStatus ("Publish now")
 *   POST /api/rooms/<room>/reports/<reportId>/retry            body { target } → PublishingStatus
 *   POST /api/rooms/<room>/reports/<reportId>/minutes/sync     body ReviewMinutesSyncBody → ReviewMinutesSync
 *   POST /api/rooms/<room>/reports/<reportId>/minutes/update   body ReviewMinutesUpdateBody → {}
 *
 * The last two keep the meeting's minutes editable by facilitators during the review (to fix
 * a typo): the same Yjs document as in the call, synced over HTTP since the call is over. The
 * report's text is taken again from the minutes when publication starts; from then on it is
 * final, and an edit is refused.
 *
 * Secrets go in and never come back out: the status says only that one is set. Anyone with the
 * room link may read, without a secret:
 *
 *   GET  /api/rooms/<room>/reports                             → PublishedReport[]
 *   GET  /api/rooms/<room>/meetings/<meetingId>/report         → MeetingReportState
 */

/** The languages a report is written in (REPORT_LANGUAGE), French first. */
export type ReportLanguage = 'fr' | 'en';

/** Where a report goes; the archive (this server's /archive) always, the others when configured. */
export const PUBLISH_TARGETS = ['archive', 'mediawiki', 'discourse', 'webhook'] as const;
export type PublishTarget = (typeof PUBLISH_TARGETS)[number];
export type ExternalTarget = Exclude<PublishTarget, 'archive'>;

const httpUrl = z.url({ protocol: /^https?$/ }).max(2000);
/** A secret may be left out when one is already stored: the stored one is kept. */
const secret = z.string().min(1).max(500).optional();

/** Placeholders of a MediaWiki page title pattern, filled from the meeting's local start time. */
export const PAGE_TITLE_PLACEHOLDERS = ['{room}', '{date}', '{time}'] as const;

/* Each target's settings without its secret (what is stored as settings and shown back)... */

const mediaWikiSettingsSchema = z.object({
  apiUrl: httpUrl,
  username: z.string().trim().min(1).max(255),
  /** e.g. `Réunion hebdomadaire/{date}`; placeholders {room} {date} (YYYY-MM-DD) {time} (HH:mm). */
  pageTitlePattern: z.string().trim().min(1).max(255),
  indexPage: z.string().trim().min(1).max(255).nullable(),
});

const oneDiscoursePlace = {
  check: (target: { categoryId: number | null; topicId: number | null }) =>
    (target.categoryId === null) !== (target.topicId === null),
  message: 'give either a categoryId (a topic per meeting) or a topicId (a reply per meeting)',
};

const discourseFields = z.object({
  /** The forum's base URL, e.g. https://forum.example.org */
  baseUrl: httpUrl,
  apiUsername: z.string().trim().min(1).max(60),
  /** A new topic per meeting in this category... */
  categoryId: z.number().int().positive().nullable(),
  /** ...or a reply per meeting in this topic. */
  topicId: z.number().int().positive().nullable(),
});

const webhookSettingsSchema = z.object({ url: httpUrl });

export const targetSettingsSchemas = {
  mediawiki: mediaWikiSettingsSchema,
  discourse: discourseFields.refine(oneDiscoursePlace.check, oneDiscoursePlace.message),
  webhook: webhookSettingsSchema,
} as const;
export type TargetSettings = { [K in ExternalTarget]: z.infer<(typeof targetSettingsSchemas)[K]> };

/** ...and the name of its secret. */
export const TARGET_SECRET_FIELDS = { mediawiki: 'botPassword', discourse: 'apiKey', webhook: 'secret' } as const;

/* What a facilitator sends: the settings with the secret. */

export const mediaWikiTargetSchema = mediaWikiSettingsSchema.extend({ botPassword: secret });
export const discourseTargetSchema = discourseFields
  .extend({ apiKey: secret })
  .refine(oneDiscoursePlace.check, oneDiscoursePlace.message);
export const webhookTargetSchema = webhookSettingsSchema.extend({
  /** The HMAC-SHA256 key the receiver verifies `X-Palabre-Signature` with. */
  secret,
});

/** A target left out stays as it is; null removes it. */
export const publishingTargetsUpdateSchema = z
  .object({
    mediawiki: mediaWikiTargetSchema.nullable().optional(),
    discourse: discourseTargetSchema.nullable().optional(),
    webhook: webhookTargetSchema.nullable().optional(),
  })
  .strict();
export type PublishingTargetsUpdate = z.infer<typeof publishingTargetsUpdateSchema>;

export const publishingRetrySchema = z.object({ target: z.enum(PUBLISH_TARGETS) }).strict();

/** A target's settings as shown back: every secret replaced by whether it is set. */
export type PublishingTargetsView = {
  [K in ExternalTarget]: (TargetSettings[K] & { [S in (typeof TARGET_SECRET_FIELDS)[K]]: 'set' }) | null;
};

/**
 * One target's delivery of one report. `review`: waiting for the review delay (or "Publish
 * now"); `publishing`: due, being sent; `retrying`: failed and will try again at nextAttemptAt;
 * `published`: done, with a link; `failed`: gave up (or cannot succeed without a change): a
 * facilitator may retry it.
 */
export interface DeliveryStatus {
  target: PublishTarget;
  state: 'review' | 'publishing' | 'retrying' | 'published' | 'failed';
  /** Where it was published (a relative URL for the archive). */
  url: string | null;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: number | null;
  publishedAt: number | null;
}

export interface ReportStatus {
  reportId: string;
  meetingId: string;
  title: string;
  endedAt: number;
  /** When publication starts unless a facilitator publishes it sooner. */
  publishAt: number;
  deliveries: DeliveryStatus[];
}

export interface PublishingStatus {
  targets: PublishingTargetsView;
  /** The room's reports, newest first. */
  reports: ReportStatus[];
}

/**
 * Bytes (a Yjs update or state vector) as base64 in a JSON body, decoded once parsed, with the
 * same bounds as the call's minutes requests.
 */
const base64Bytes = (max: number) =>
  z
    .base64({ error: 'expected base64' })
    .max(Math.ceil(max / 3) * 4, { error: `larger than ${max} bytes` })
    .transform((text) => base64ToBytes(text))
    .refine((bytes) => bytes.byteLength > 0, { error: 'empty' });

/** Yjs sync step 1 of the review editor: its state vector. */
export const reviewMinutesSyncSchema = z.object({ stateVector: base64Bytes(MINUTES_UPDATE_MAX_BYTES) }).strict();
/** One Yjs update of the review editor; answered once stored. */
export const reviewMinutesUpdateSchema = z.object({ update: base64Bytes(MINUTES_UPDATE_MAX_BYTES) }).strict();
export type ReviewMinutesSyncBody = z.input<typeof reviewMinutesSyncSchema>;
export type ReviewMinutesUpdateBody = z.input<typeof reviewMinutesUpdateSchema>;

/** The answer to sync step 1, as in the call (`minutes:sync`), bytes in base64. */
export interface ReviewMinutesSync {
  meetingId: string;
  /** Everything the editor lacks, as one Yjs update. */
  update: string;
  /** The server's state vector: the editor answers with an update of what the server lacks. */
  stateVector: string;
}

/** A published report as anyone with the room link sees it listed, newest first. */
export interface PublishedReport {
  meetingId: string;
  title: string;
  /** Local date and time of the meeting's start: 'YYYY-MM-DD', 'HH:mm'. */
  date: string;
  time: string;
  /** The report's permanent page in the archive (a path on this server). */
  url: string;
  publishedAt: number;
}

/**
 * Where one meeting's report stands, for anyone who was there (no secret): in review until
 * `publishAt` (or "Publish now"), being published, published at `url` (the archive's page), or
 * failed (a facilitator may retry).
 */
export interface MeetingReportState {
  state: 'review' | 'publishing' | 'published' | 'failed';
  publishAt: number;
  url: string | null;
}

export interface ReportPreview {
  report: MeetingReport;
  markdown: string;
  html: string;
}

/* The report: the frozen, public record of one meeting, which every renderer reads. */

export interface ReportItem {
  /** The agenda item's id; null for the general notes and for sections without an item. */
  itemId: string | null;
  title: string;
  plannedMinutes: number | null;
  /** Time actually spent on the item. */
  spentMs: number;
  notes: ReportNote[];
}

export type ReportNote =
  | { type: 'note'; text: string }
  | { type: 'decision'; text: string; outcome: DecisionOutcome }
  | { type: 'action'; text: string; owner: string; due: string; done: boolean }
  | { type: 'question'; text: string };

export interface MeetingReport {
  version: 1;
  /** The language of its words (headings, labels); absent from reports frozen before it was recorded. */
  language?: ReportLanguage;
  room: string;
  meetingId: string;
  title: string;
  /** Local date and time of the start in `timeZone`: 'YYYY-MM-DD', 'HH:mm'. */
  date: string;
  time: string;
  timeZone: string;
  startedAt: number;
  endedAt: number;
  durationMs: number;
  participants: {
    count: number;
    /** Only those who agreed to be named in the report. */
    named: string[];
  };
  /** General notes first (if any), then the agenda in order. */
  items: ReportItem[];
  decisions: (Extract<ReportNote, { type: 'decision' }> & { item: string })[];
  actions: (Extract<ReportNote, { type: 'action' }> & { item: string })[];
  questions: (Extract<ReportNote, { type: 'question' }> & { item: string })[];
}
