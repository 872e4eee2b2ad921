import {
  discourseTargetSchema,
  mediaWikiTargetSchema,
  webhookTargetSchema,
  type ExternalTarget,
  type PublishingTargetsUpdate,
  type PublishingTargetsView,
} from '@palabre/shared';

/*
 * The targets form as typed (strings, checkboxes) and the update it sends. Secrets are
 * write-only: the form starts them empty, and an empty one is left out of the update so the
 * server keeps the stored one.
 */

export interface MediaWikiDraft {
  enabled: boolean;
  apiUrl: string;
  username: string;
  botPassword: string;
  pageTitlePattern: string;
  indexPage: string;
}

export interface DiscourseDraft {
  enabled: boolean;
  baseUrl: string;
  apiUsername: string;
  apiKey: string;
  /** A new topic per meeting in a category, or a reply per meeting in one topic. */
  place: 'category' | 'topic';
  placeId: string;
}

export interface WebhookDraft {
  enabled: boolean;
  url: string;
  secret: string;
}

export interface TargetsDraft {
  mediawiki: MediaWikiDraft;
  discourse: DiscourseDraft;
  webhook: WebhookDraft;
}

/** What the form says when a target cannot be saved: which target, and which of its fields. */
export interface TargetProblem {
  target: ExternalTarget;
  field: string;
}

export const DEFAULT_PAGE_TITLE_PATTERN = '{room}/{date}';

export function draftFromView(view: PublishingTargetsView): TargetsDraft {
  const { mediawiki, discourse, webhook } = view;
  return {
    mediawiki: {
      enabled: mediawiki !== null,
      apiUrl: mediawiki?.apiUrl ?? '',
      username: mediawiki?.username ?? '',
      botPassword: '',
      pageTitlePattern: mediawiki?.pageTitlePattern ?? DEFAULT_PAGE_TITLE_PATTERN,
      indexPage: mediawiki?.indexPage ?? '',
    },
    discourse: {
      enabled: discourse !== null,
      baseUrl: discourse?.baseUrl ?? '',
      apiUsername: discourse?.apiUsername ?? '',
      apiKey: '',
      place: discourse?.topicId != null ? 'topic' : 'category',
      placeId: String(discourse?.topicId ?? discourse?.categoryId ?? ''),
    },
    webhook: { enabled: webhook !== null, url: webhook?.url ?? '', secret: '' },
  };
}

const optional = (value: string) => (value.trim() === '' ? undefined : value);
const whole = (value: string) => (/^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN);

/**
 * Checks the draft with the contract's own schemas and builds the update: a target switched
 * off that was configured is removed (null), one never configured is left out. A target being
 * added needs its secret.
 */
export function updateFromDraft(
  draft: TargetsDraft,
  view: PublishingTargetsView,
): { ok: true; update: PublishingTargetsUpdate } | { ok: false; problem: TargetProblem } {
  const update: PublishingTargetsUpdate = {};
  const off = (target: ExternalTarget) => {
    if (view[target] !== null) update[target] = null;
  };
  const needsSecret = (target: ExternalTarget, given: string) => view[target] === null && given.trim() === '';

  const { mediawiki, discourse, webhook } = draft;
  if (mediawiki.enabled) {
    if (needsSecret('mediawiki', mediawiki.botPassword)) return { ok: false, problem: { target: 'mediawiki', field: 'botPassword' } };
    const parsed = mediaWikiTargetSchema.safeParse({
      apiUrl: mediawiki.apiUrl.trim(),
      username: mediawiki.username,
      botPassword: optional(mediawiki.botPassword),
      pageTitlePattern: mediawiki.pageTitlePattern,
      indexPage: optional(mediawiki.indexPage) ?? null,
    });
    if (!parsed.success) return { ok: false, problem: { target: 'mediawiki', field: String(parsed.error.issues[0]?.path[0] ?? '') } };
    update.mediawiki = parsed.data;
  } else off('mediawiki');

  if (discourse.enabled) {
    if (needsSecret('discourse', discourse.apiKey)) return { ok: false, problem: { target: 'discourse', field: 'apiKey' } };
    const id = whole(discourse.placeId);
    const parsed = discourseTargetSchema.safeParse({
      baseUrl: discourse.baseUrl.trim(),
      apiUsername: discourse.apiUsername,
      apiKey: optional(discourse.apiKey),
      categoryId: discourse.place === 'category' ? id : null,
      topicId: discourse.place === 'topic' ? id : null,
    });
    if (!parsed.success) {
      const field = String(parsed.error.issues[0]?.path[0] ?? 'placeId');
      return { ok: false, problem: { target: 'discourse', field: field === 'categoryId' || field === 'topicId' ? 'placeId' : field } };
    }
    update.discourse = parsed.data;
  } else off('discourse');

  if (webhook.enabled) {
    if (needsSecret('webhook', webhook.secret)) return { ok: false, problem: { target: 'webhook', field: 'secret' } };
    const parsed = webhookTargetSchema.safeParse({ url: webhook.url.trim(), secret: optional(webhook.secret) });
    if (!parsed.success) return { ok: false, problem: { target: 'webhook', field: String(parsed.error.issues[0]?.path[0] ?? '') } };
    update.webhook = parsed.data;
  } else off('webhook');

  return { ok: true, update };
}
