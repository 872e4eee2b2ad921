import { afterEach, describe, expect, it } from 'vitest';
import { recordingServer } from '../test-support/publishing.js';
import { useKillableServer } from '../test-support/server-process.js';
import { joinRoom, ok, waitFor } from '../test-support/test-server.js';

describe('publication across a server killed with SIGKILL', () => {
  const server = useKillableServer('publish-crash');
  const { sockets } = server;
  const closers: (() => Promise<void>)[] = [];

  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });

  async function meetingWithWebhook(url: string, receiverUrl: string) {
    const alice = await joinRoom(url, 'crash', 'Alice');
    sockets.push(alice.socket);
    const configured = await fetch(`${url}/api/rooms/crash/publishing/targets`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${alice.join.facilitatorToken}` },
      body: JSON.stringify({ webhook: { url: receiverUrl, secret: 'webhook-secret' } }),
    });
    expect(configured.status).toBe(200);
    await ok(alice.socket, 'agenda:add', { title: 'Survive the crash' });
    return alice;
  }

  const archived = (url: string) => fetch(`${url}/archive/crash`).then((r) => r.text());

  it('resumes a publication interrupted between the end of the meeting and its delivery', async () => {
    const receiver = await recordingServer((_request, response) => response.writeHead(204).end());
    closers.push(receiver.close);
    const env = { PUBLISH_DELAY_SECONDS: '2', PUBLISH_ALLOW_PRIVATE_HOSTS: 'true' };
    await server.start(env);
    const { url } = server;
    const alice = await meetingWithWebhook(url, receiver.url);
    await ok(alice.socket, 'meeting:end', {});
    await server.crash(); // ended and frozen, not yet published (the review delay runs)
    expect(receiver.requests).toHaveLength(0);

    await server.start(env);
    await waitFor(() => receiver.requests.length > 0, 15_000);
    const payload = JSON.parse(receiver.requests[0]!.body) as { report: { items: { title: string }[] } };
    expect(payload.report.items.map((item) => item.title)).toEqual(['Survive the crash']);
    expect(await archived(url)).toContain('href="/archive/crash/');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(receiver.requests).toHaveLength(1);
  });

  it('ends after the grace period a meeting left open by a crash, then publishes it', async () => {
    const receiver = await recordingServer((_request, response) => response.writeHead(204).end());
    closers.push(receiver.close);
    const env = { PUBLISH_DELAY_SECONDS: '0', MEETING_END_GRACE_SECONDS: '1', PUBLISH_ALLOW_PRIVATE_HOSTS: 'true' };
    await server.start(env);
    const { url } = server;
    await meetingWithWebhook(url, receiver.url);
    await server.crash(); // the meeting is still open: nobody ended it

    await server.start(env);
    await waitFor(() => receiver.requests.length > 0, 15_000);
    expect(await archived(url)).toContain('href="/archive/crash/');
  });
});
