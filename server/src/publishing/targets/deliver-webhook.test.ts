import { createHmac, timingSafeEqual } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { PRIVATE_WORDS, contextFor, recordingServer, type RecordedRequest } from '../../test-support/publishing.js';
import { deliverToWebhook } from './deliver-webhook.js';

const SECRET = 'a-long-shared-webhook-secret';

/** What a receiver does: recompute the HMAC over the raw body, compare in constant time. */
function verify(request: RecordedRequest, secret: string): boolean {
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(request.body).digest('hex')}`);
  const given = Buffer.from(String(request.headers['x-palabre-signature'] ?? ''));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

describe('the webhook', () => {
  const servers: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close();
  });

  it('POSTs the report, its Markdown and HTML, signed so the receiver can verify it', async () => {
    const receiver = await recordingServer((_request, response) => response.writeHead(204).end());
    servers.push(receiver);
    const result = await deliverToWebhook({ settings: { url: `${receiver.url}/hooks/palabre` }, secret: SECRET }, contextFor(), true);

    expect(result).toEqual({ url: null, remoteId: 'r-1' });
    const [request] = receiver.requests;
    expect(request).toMatchObject({ method: 'POST', url: '/hooks/palabre' });
    expect(request!.headers['content-type']).toBe('application/json');
    expect(request!.headers['x-palabre-delivery']).toBe('r-1');
    expect(verify(request!, SECRET)).toBe(true);
    expect(verify(request!, 'another-secret')).toBe(false);
    expect(verify({ ...request!, body: request!.body.replace('Adopter', 'Rejeter') }, SECRET)).toBe(false);

    const payload = JSON.parse(request!.body) as Record<string, unknown>;
    expect(payload).toMatchObject({ event: 'report.published', deliveryId: 'r-1', archivePath: '/archive/weekly/2026-11-26-1830' });
    expect(String(payload.sentAt)).toBe(request!.headers['x-palabre-timestamp']);
    expect(payload.report).toMatchObject({ title: 'Meeting of weekly, 2026-11-26', decisions: [{ text: 'Adopter le budget' }] });
    expect(payload.markdown).toContain('# Meeting of weekly, 2026-11-26');
    expect(payload.html).toContain('<h1>Meeting of weekly, 2026-11-26</h1>');
    for (const word of PRIVATE_WORDS) expect(request!.body).not.toContain(word);
  });

  it('fails retryably on a server error and for good on a refusal', async () => {
    let status = 503;
    const receiver = await recordingServer((_request, response) => response.writeHead(status).end('nope'));
    servers.push(receiver);
    const target = { settings: { url: receiver.url }, secret: SECRET };
    await expect(deliverToWebhook(target, contextFor(), true)).rejects.toMatchObject({ retryable: true, message: 'webhook: HTTP 503 nope' });
    status = 401;
    await expect(deliverToWebhook(target, contextFor(), true)).rejects.toMatchObject({ retryable: false });
  });

  it('refuses a private address unless allowed', async () => {
    await expect(deliverToWebhook({ settings: { url: 'http://127.0.0.1:9/x' }, secret: SECRET }, contextFor(), false)).rejects.toMatchObject({
      retryable: false,
      message: expect.stringContaining('private'),
    });
  });
});
