import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { MediaWikiSession } from './api-session.js';
import { MediaWikiError } from './mediawiki-error.js';

// How failures a healthy test wiki cannot produce are classified: a stand-in api.php answers
// every request the same way.
describe('MediaWikiSession failures', () => {
  let server: http.Server | undefined;

  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  async function fakeApi(status: number, contentType: string, body: string): Promise<string> {
    server = http.createServer((_request, response) => response.writeHead(status, { 'content-type': contentType }).end(body));
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api.php`;
  }

  async function loginError(apiUrl: string): Promise<MediaWikiError> {
    const error: unknown = await MediaWikiSession.login(apiUrl, 'Bot@app', 'x').catch((rejection: unknown) => rejection);
    expect(error).toBeInstanceOf(MediaWikiError);
    return error as MediaWikiError;
  }

  it('treats HTTP 5xx as retryable', async () => {
    const error = await loginError(await fakeApi(503, 'text/html', '<h1>Service Unavailable</h1>'));
    expect(error).toMatchObject({ code: 'http-503', retryable: true });
  });

  it('treats maxlag and read-only answers as retryable, with their code in the message', async () => {
    const maxlag = JSON.stringify({ error: { code: 'maxlag', info: 'Waiting for db1: 7 seconds lagged.' } });
    const error = await loginError(await fakeApi(200, 'application/json', maxlag));
    expect(error).toMatchObject({ code: 'maxlag', retryable: true });
    expect(error.message).toContain('maxlag: Waiting for db1');
    await new Promise<void>((resolve) => server?.close(() => resolve()));

    const readonly = JSON.stringify({ error: { code: 'readonly', info: 'The wiki is currently in read-only mode.' } });
    expect(await loginError(await fakeApi(200, 'application/json', readonly))).toMatchObject({ code: 'readonly', retryable: true });
  });

  it('treats a page that is not the API as a configuration error', async () => {
    const error = await loginError(await fakeApi(200, 'text/html', '<html>Accueil</html>'));
    expect(error).toMatchObject({ code: 'bad-response', retryable: false });
  });
});
