import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_KEY, API_USERNAME, startFakeDiscourse } from '../../test-support/fake-discourse.js';
import { PRIVATE_WORDS, contextFor } from '../../test-support/publishing.js';
import { deliverToDiscourse, externalIdOf } from './deliver-discourse.js';

describe('publishing to Discourse (against a local fake of its documented API)', () => {
  let forum: Awaited<ReturnType<typeof startFakeDiscourse>>;
  beforeEach(async () => {
    forum = await startFakeDiscourse();
  });
  afterEach(() => forum.close());

  const inCategory = () => ({
    settings: { baseUrl: `${forum.url}/`, apiUsername: API_USERNAME, categoryId: 5, topicId: null },
    secret: API_KEY,
  });

  it('creates a topic in the category with the exact request Discourse documents', async () => {
    const context = contextFor();
    const result = await deliverToDiscourse(inCategory(), context, true);

    const [lookup, create] = forum.requests;
    expect(lookup).toMatchObject({ method: 'GET', url: `/t/external_id/${externalIdOf('r-1')}.json` });
    expect(create).toMatchObject({ method: 'POST', url: '/posts.json' });
    expect(create!.headers).toMatchObject({ 'api-key': API_KEY, 'api-username': API_USERNAME, 'content-type': 'application/json' });
    const body = JSON.parse(create!.body) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['category', 'external_id', 'raw', 'title']);
    expect(body).toMatchObject({ title: 'Meeting of weekly, 2026-11-26', category: 5, external_id: 'palabre-r-1' });
    expect(body.raw).toBe(context.rendered.markdown);
    for (const word of PRIVATE_WORDS) expect(create!.body).not.toContain(word);

    const topic = forum.topics[0]!;
    expect(result).toEqual({ url: `${forum.url}/t/${topic.slug}/${topic.id}`, remoteId: String(topic.postIds[0]) });
    expect(context.remembered).toEqual([String(topic.postIds[0])]);
  });

  it('updates the same post when retried with the stored id', async () => {
    const first = await deliverToDiscourse(inCategory(), contextFor(), true);
    await deliverToDiscourse(inCategory(), contextFor(first.remoteId), true);
    const update = forum.requests.at(-1)!;
    expect(update).toMatchObject({ method: 'PUT', url: `/posts/${first.remoteId}.json` });
    expect(JSON.parse(update.body)).toEqual({ post: { raw: contextFor().rendered.markdown, edit_reason: 'Meeting notes published by Palabre' } });
    expect(forum.topics).toHaveLength(1);
  });

  it('creates no duplicate when the answer to the creation was lost', async () => {
    forum.failNext((request) => request.method === 'POST', 502, true);
    await expect(deliverToDiscourse(inCategory(), contextFor(), true)).rejects.toMatchObject({ retryable: true });
    expect(forum.topics).toHaveLength(1); // Discourse created it; we never heard

    const context = contextFor(); // no stored id: as after a crash
    const result = await deliverToDiscourse(inCategory(), context, true);
    const topic = forum.topics[0]!;
    expect(forum.requests.slice(-3).map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /t/external_id/palabre-r-1.json',
      `GET /t/${topic.slug}/${topic.id}.json`, // the redirect, followed
      `PUT /posts/${topic.postIds[0]}.json`,
    ]);
    expect(forum.topics).toHaveLength(1);
    expect(result.remoteId).toBe(String(forum.topics[0]!.postIds[0]));
    expect(context.remembered).toEqual([result.remoteId]);
  });

  it('replies in a configured topic, then updates that reply', async () => {
    const topicId = forum.addTopic('Weekly meeting notes');
    const target = { settings: { baseUrl: forum.url, apiUsername: API_USERNAME, categoryId: null, topicId }, secret: API_KEY };
    const first = await deliverToDiscourse(target, contextFor(), true);
    expect(JSON.parse(forum.requests[0]!.body)).toEqual({ topic_id: topicId, raw: contextFor().rendered.markdown });
    expect(first.url).toBe(`${forum.url}/t/weekly-notes/${topicId}/2`);
    await deliverToDiscourse(target, contextFor(first.remoteId), true);
    expect(forum.requests.map((r) => r.method)).toEqual(['POST', 'PUT']);
    expect(forum.topics[0]!.postIds).toHaveLength(2);
  });

  it('does not retry a refused API key', async () => {
    await expect(deliverToDiscourse({ ...inCategory(), secret: 'wrong-key' }, contextFor(), true)).rejects.toMatchObject({ retryable: false });
  });
});
