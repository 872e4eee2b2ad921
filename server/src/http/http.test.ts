import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, joinRoom, ok, produce, startTestServer, waitFor } from '../test-support/test-server.js';

describe('HTTP endpoints', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('reports health', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('exposes rooms, peers, producers, consumers and worker usage to Prometheus', async () => {
    const alice = await joinRoom(server.url, 'metrics-room', 'Alice');
    const bob = await joinRoom(server.url, 'metrics-room', 'Bob');
    const added = collect(bob.socket, 'consumer:added');
    await ok(bob.socket, 'transport:create', { direction: 'recv' });
    await ok(bob.socket, 'media:ready', { rtpCapabilities: bob.join.routerRtpCapabilities });
    await produce(alice.socket, 'audio');
    await produce(alice.socket, 'video');
    await waitFor(() => added.length === 2);
    // Bob is ready for the audio only: the video consumer stays paused.
    await ok(bob.socket, 'consumer:resume', { consumerId: added.find((consumer) => consumer.kind === 'audio')!.consumerId });
    const text = await (await fetch(`${server.url}/metrics`)).text();
    alice.socket.disconnect();
    bob.socket.disconnect();

    expect(text).toMatch(/^palabre_rooms 1$/m);
    expect(text).toMatch(/^palabre_peers 2$/m);
    expect(text).toMatch(/^palabre_producers\{kind="audio"\} 1$/m);
    expect(text).toMatch(/^palabre_producers\{kind="video"\} 1$/m);
    expect(text).toMatch(/^palabre_consumers\{kind="video"\} 1$/m);
    expect(text).toMatch(/^palabre_consumers_forwarding\{kind="audio"\} 1$/m);
    expect(text).toMatch(/^palabre_consumers_forwarding\{kind="video"\} 0$/m);
    expect(text).toMatch(/^palabre_worker_cpu_seconds\{worker="0",pid="\d+"\} [\d.e-]+$/m);
    expect(text).toMatch(/^palabre_worker_max_rss_bytes\{worker="0",pid="\d+"\} [1-9]\d*$/m);
  });

  it('sends a strict same-origin content security policy', async () => {
    const response = await fetch(`${server.url}/healthz`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('refuses room URLs that are not room names', async () => {
    expect((await fetch(`${server.url}/r/Not%20A%20Room`)).status).toBe(404);
  });
});
