import { z } from 'zod';
import type { DecisionOutcome } from './minutes.js';

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
 *   GET  /api/rooms/<room>/reports/<reportId>/preview          → ReportPreview (during the review)
 *   POST /api/rooms/<room>/reports/<reportId>/publish          → PublishingStatus ("Publish now")
 *   POST /api/rooms/<room>/reports/<reportId>/retry            body { target } → PublishingStatus
 *
 * Secrets go in and never come back out: the status says only that one is set.
 */

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
