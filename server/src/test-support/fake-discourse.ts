import { json, recordingServer, type RecordedRequest } from './publishing.js';

export const API_KEY = 'discourse-api-key-0123456789';
export const API_USERNAME = 'palabre-bot';

interface Topic {
  id: number;
  slug: string;
  title: string;
  categoryId: number | null;
  externalId: string | null;
  postIds: number[];
}

/**
 * A local stand-in for Discourse's documented API, strict about what a real forum checks:
 * the Api-Key and Api-Username headers, JSON bodies, POST /posts.json (a new topic with title,
 * raw, category and an external_id that must be unique, or a reply with topic_id),
 * PUT /posts/<id>.json with { post: { raw } }, and GET /t/external_id/<id>.json answered with
 * a redirect to the topic's JSON. `failNext` makes the next request of a kind fail after doing
 * its work (a lost answer) or before (an outage).
 */
export async function startFakeDiscourse() {
  const topics: Topic[] = [];
  const posts = new Map<number, { id: number; topicId: number; postNumber: number; raw: string }>();
  const failures: { match: (request: RecordedRequest) => boolean; status: number; afterWork: boolean }[] = [];
  let nextId = 100;

  const answerPost = (postId: number) => {
    const post = posts.get(postId)!;
    const topic = topics.find((t) => t.id === post.topicId)!;
    return { id: post.id, topic_id: topic.id, topic_slug: topic.slug, post_number: post.postNumber, raw: post.raw };
  };

  const server = await recordingServer((request, response) => {
    const failure = failures.find((f) => f.match(request));
    if (failure && !failure.afterWork) {
      failures.splice(failures.indexOf(failure), 1);
      return json(response, failure.status, { errors: ['temporarily unavailable'] });
    }
    const answer = (status: number, body: unknown) => {
      if (failure) {
        failures.splice(failures.indexOf(failure), 1);
        return json(response, failure.status, { errors: ['the answer was lost'] });
      }
      return json(response, status, body);
    };
    if (request.headers['api-key'] !== API_KEY || request.headers['api-username'] !== API_USERNAME) {
      return json(response, 403, { errors: ['You are not permitted to view the requested resource.'] });
    }
    const hasJsonBody = request.method === 'POST' || request.method === 'PUT';
    if (hasJsonBody && request.headers['content-type'] !== 'application/json') return json(response, 415, { errors: ['JSON only'] });
    const body = hasJsonBody ? (JSON.parse(request.body) as Record<string, unknown>) : {};

    let match: RegExpExecArray | null;
    if (request.method === 'POST' && request.url === '/posts.json') {
      if (typeof body.raw !== 'string' || body.raw.length < 20) return json(response, 422, { errors: ['Body is too short'] });
      let topic: Topic | undefined;
      if (body.topic_id !== undefined) {
        topic = topics.find((t) => t.id === body.topic_id);
        if (!topic) return json(response, 404, { errors: ['topic not found'] });
      } else {
        if (typeof body.title !== 'string' || typeof body.category !== 'number') return json(response, 422, { errors: ['title and category'] });
        if (body.external_id !== undefined && topics.some((t) => t.externalId === body.external_id)) {
          return json(response, 422, { errors: ['External ID has already been taken'] });
        }
        topic = { id: nextId++, slug: body.title.toLowerCase().replace(/[^a-z0-9]+/g, '-'), title: body.title, categoryId: body.category, externalId: (body.external_id as string) ?? null, postIds: [] };
        topics.push(topic);
      }
      const post = { id: nextId++, topicId: topic.id, postNumber: topic.postIds.length + 1, raw: body.raw };
      posts.set(post.id, post);
      topic.postIds.push(post.id);
      return answer(200, answerPost(post.id));
    }
    if (request.method === 'PUT' && (match = /^\/posts\/(\d+)\.json$/.exec(request.url))) {
      const post = posts.get(Number(match[1]));
      const raw = (body.post as { raw?: unknown } | undefined)?.raw;
      if (!post) return json(response, 404, { errors: ['post not found'] });
      if (typeof raw !== 'string') return json(response, 400, { errors: ['post[raw] is missing'] });
      post.raw = raw;
      return answer(200, { post: answerPost(post.id) });
    }
    if (request.method === 'GET' && (match = /^\/t\/external_id\/([^/]+)\.json$/.exec(request.url))) {
      const topic = topics.find((t) => t.externalId === decodeURIComponent(match![1]!));
      if (!topic) return json(response, 404, { errors: ['The requested URL or resource could not be found.'] });
      response.writeHead(301, { Location: `/t/${topic.slug}/${topic.id}.json` }).end();
      return;
    }
    if (request.method === 'GET' && (match = /^\/t\/[^/]+\/(\d+)\.json$/.exec(request.url))) {
      const topic = topics.find((t) => t.id === Number(match![1]));
      if (!topic) return json(response, 404, {});
      return json(response, 200, { id: topic.id, slug: topic.slug, title: topic.title, post_stream: { posts: topic.postIds.map((id) => ({ id, post_number: posts.get(id)!.postNumber })) } });
    }
    return json(response, 404, { errors: [`no route ${request.method} ${request.url}`] });
  });

  return {
    ...server,
    topics,
    posts,
    /** The next request matching fails with `status`, before its work or (a lost answer) after. */
    failNext(match: (request: RecordedRequest) => boolean, status: number, afterWork = false) {
      failures.push({ match, status, afterWork });
    },
    addTopic(title: string): number {
      const topic: Topic = { id: nextId++, slug: 'weekly-notes', title, categoryId: 5, externalId: null, postIds: [] };
      const post = { id: nextId++, topicId: topic.id, postNumber: 1, raw: 'The first post of the topic.' };
      posts.set(post.id, post);
      topic.postIds.push(post.id);
      topics.push(topic);
      return topic.id;
    },
  };
}
