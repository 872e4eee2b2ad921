import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinRoom, produce, startTestServer } from '../test-support/test-server.js';

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
    const { socket } = await joinRoom(server.url, 'metrics-room', 'Alice');
    await produce(socket, 'audio');
    const text = await (await fetch(`${server.url}/metrics`)).text();
    socket.disconnect();

    expect(text).toMatch(/^palabre_rooms 1$/m);
    expect(text).toMatch(/^palabre_peers 1$/m);
    expect(text).toMatch(/^palabre_producers\{kind="audio"\} 1$/m);
    expect(text).toMatch(/^palabre_consumers\{kind="video"\} 0$/m);
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
