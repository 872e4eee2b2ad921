import type { TargetSettings } from '@palabre/shared';
import { checkDestination } from './outbound-url.js';
import { DeliveryError, REQUEST_TIMEOUT_MS, httpFailure, networkFailure, type DeliveryContext, type DeliveryResult } from './delivery.js';

type Settings = TargetSettings['discourse'];

interface PostAnswer {
  id: number;
  topic_id: number;
  topic_slug: string;
  post_number: number;
}

/** The topic's external id: Discourse keeps it unique, so it names our topic across retries and restarts. */
export const externalIdOf = (reportId: string) => `palabre-${reportId}`;

/**
 * A topic per meeting in a category, or a reply per meeting in a topic, through Discourse's API
 * (POST /posts.json, PUT /posts/<id>.json, GET /t/external_id/<id>.json). Idempotent:
 * - the post id is stored as soon as Discourse gives it; a retry updates that post;
 * - a new topic carries `external_id`; before creating one we look it up, so a topic created
 *   by an attempt whose answer was lost (or that crashed before storing the id) is found and
 *   updated, not duplicated.
 * A reply in an existing topic has no such key: only a crash between Discourse's answer and
 * storing the post id could post it twice.
 */
export async function deliverToDiscourse(
  target: { settings: Settings; secret: string },
  context: DeliveryContext,
  allowPrivate: boolean,
): Promise<DeliveryResult> {
  const { settings, secret } = target;
  await checkDestination(settings.baseUrl, allowPrivate);
  const api = discourseApi(settings, secret);
  const { report, rendered, labels } = context;
  const raw = rendered.markdown;

  let postId = context.remoteId;
  if (postId === null && settings.categoryId !== null) {
    postId = await api.firstPostOfTopic(externalIdOf(report.id));
    if (postId !== null) context.rememberRemoteId(postId);
  }
  if (postId !== null) {
    const updated = await api.send<{ post: PostAnswer }>('PUT', `/posts/${postId}.json`, { post: { raw, edit_reason: labels.editSummary } });
    return { url: api.postUrl(updated.post), remoteId: postId };
  }

  const created = await api.send<PostAnswer>(
    'POST',
    '/posts.json',
    settings.categoryId !== null
      ? { title: report.document.title, raw, category: settings.categoryId, external_id: externalIdOf(report.id) }
      : { topic_id: settings.topicId, raw },
  );
  context.rememberRemoteId(String(created.id));
  return { url: api.postUrl(created), remoteId: String(created.id) };
}

function discourseApi(settings: Settings, apiKey: string) {
  const base = settings.baseUrl.replace(/\/+$/, '');
  const headers = { 'Api-Key': apiKey, 'Api-Username': settings.apiUsername, Accept: 'application/json' };

  async function request(method: string, path: string, body?: unknown): Promise<Response> {
    try {
      return await fetch(`${base}${path}`, {
        method,
        headers: body === undefined ? headers : { ...headers, 'Content-Type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      throw networkFailure(`Discourse ${method} ${path}`, error);
    }
  }

  return {
    async send<T>(method: 'POST' | 'PUT', path: string, body: unknown): Promise<T> {
      const response = await request(method, path, body);
      if (!response.ok) throw await httpFailure(`Discourse ${method} ${path}`, response);
      return (await response.json()) as T;
    },

    /** The first post of the topic with this external id, or null when there is none yet. */
    async firstPostOfTopic(externalId: string): Promise<string | null> {
      // Discourse answers with a redirect to the topic's JSON, which fetch follows.
      const response = await request('GET', `/t/external_id/${encodeURIComponent(externalId)}.json`);
      if (response.status === 404) return null;
      if (!response.ok) throw await httpFailure('Discourse topic lookup', response);
      const topic = (await response.json()) as { post_stream?: { posts?: { id: number; post_number: number }[] } };
      const first = topic.post_stream?.posts?.find((post) => post.post_number === 1) ?? topic.post_stream?.posts?.[0];
      if (!first) throw new DeliveryError('Discourse topic lookup: the topic has no first post', true);
      return String(first.id);
    },

    postUrl(post: Pick<PostAnswer, 'topic_id' | 'topic_slug' | 'post_number'>): string {
      const topic = `${base}/t/${post.topic_slug}/${post.topic_id}`;
      return post.post_number > 1 ? `${topic}/${post.post_number}` : topic;
    },
  };
}
