import { afterEach, beforeEach } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { io as connect, type Socket } from 'socket.io-client';
import {
  PROTOCOL_VERSION,
  type Ack,
  type ClientToServerEvents,
  type RequestName,
  type RequestPayload,
  type ResponseMap,
  type ServerToClientEvents,
  type TransportOptions,
} from '@palabre/shared';
import { loadConfig } from '../config.js';
import { createLogger } from '../observability/logger.js';
import { startServer, type RunningServer } from '../palabre-server.js';

export type TestClient = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A real server on port 0 with one real mediasoup worker and a throwaway data directory. */
export async function startTestServer(env: Record<string, string> = {}): Promise<RunningServer & { dataDir: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'palabre-test-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    MEDIASOUP_WORKERS: '1',
    RTC_PORT: '0',
    LOG_LEVEL: 'silent',
    PEER_GRACE_SECONDS: '2',
    ...env,
  });
  const server = await startServer(config, createLogger(config.LOG_LEVEL));
  return {
    ...server,
    dataDir,
    close: async () => {
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function connectClient(url: string): Promise<TestClient> {
  const socket: TestClient = connect(url, { transports: ['websocket'], forceNew: true, reconnection: false });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return socket;
}

/** Sends a request and returns the raw ack, so tests can assert on failures too. */
export function request<N extends RequestName>(
  socket: TestClient,
  name: N,
  payload: RequestPayload<N>,
): Promise<Ack<ResponseMap[N]>> {
  // The typed emitWithAck cannot follow a generic event name; the contract is checked by callers.
  const untyped = socket.timeout(10_000) as unknown as { emitWithAck(event: string, payload: unknown): Promise<unknown> };
  return untyped.emitWithAck(name, payload) as Promise<Ack<ResponseMap[N]>>;
}

/** Like `request`, but fails the test unless the server answered ok. */
export async function ok<N extends RequestName>(
  socket: TestClient,
  name: N,
  payload: RequestPayload<N>,
): Promise<ResponseMap[N]> {
  const ack = await request(socket, name, payload);
  if (!ack.ok) throw new Error(`${name} failed: ${ack.error.code} ${ack.error.message}`);
  return ack.data;
}

export function nextEvent<E extends keyof ServerToClientEvents>(
  socket: TestClient,
  event: E,
  timeoutMs = 5_000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
    socket.once(event as never, ((payload: unknown) => {
      clearTimeout(timer);
      resolve(payload as never);
    }) as never);
  });
}

/** RTP parameters as a browser would send them, for producers that carry no real media. */
export const sampleRtpParameters = {
  audio: {
    codecs: [{ mimeType: 'audio/opus', payloadType: 111, clockRate: 48000, channels: 2, parameters: { useinbandfec: 1 } }],
    encodings: [{ ssrc: 1111 }],
    rtcp: { cname: 'test' },
  },
  video: {
    codecs: [
      {
        mimeType: 'video/VP8',
        payloadType: 96,
        clockRate: 90000,
        rtcpFeedback: [{ type: 'nack' }, { type: 'nack', parameter: 'pli' }, { type: 'ccm', parameter: 'fir' }],
      },
    ],
    encodings: [{ ssrc: 2222 }],
    rtcp: { cname: 'test' },
  },
};

export async function joinRoom(url: string, room: string, name: string, resumeToken?: string, facilitatorToken?: string) {
  const socket = await connectClient(url);
  const join = await ok(socket, 'room:join', {
    protocolVersion: PROTOCOL_VERSION,
    room,
    name,
    ...(resumeToken ? { resumeToken } : {}),
    ...(facilitatorToken ? { facilitatorToken } : {}),
  });
  return { socket, join };
}

/** A joined client with a recv transport that told the server it is ready to consume. */
export async function joinReadyToReceive(url: string, room: string, name: string) {
  const joined = await joinRoom(url, room, name);
  await ok(joined.socket, 'transport:create', { direction: 'recv' });
  await ok(joined.socket, 'media:ready', { rtpCapabilities: joined.join.routerRtpCapabilities });
  return joined;
}

/** Each test client's send transport: creating another would replace it, closing its producers. */
const sendTransports = new WeakMap<TestClient, Promise<TransportOptions>>();

export async function produce(socket: TestClient, kind: 'audio' | 'video') {
  let sending = sendTransports.get(socket);
  if (!sending) {
    sending = ok(socket, 'transport:create', { direction: 'send' });
    sendTransports.set(socket, sending);
  }
  const transport = await sending;
  const { producerId } = await ok(socket, 'producer:create', {
    transportId: transport.id,
    kind,
    source: kind === 'audio' ? 'mic' : 'camera',
    rtpParameters: sampleRtpParameters[kind],
  });
  return { transport, producerId };
}

/** Every payload of an event from now on, in order. */
export function collect<E extends keyof ServerToClientEvents>(
  socket: TestClient,
  event: E,
): Parameters<ServerToClientEvents[E]>[0][] {
  const seen: Parameters<ServerToClientEvents[E]>[0][] = [];
  socket.on(event as never, ((payload: Parameters<ServerToClientEvents[E]>[0]) => seen.push(payload)) as never);
  return seen;
}

/** Polls a condition that depends on events from the server (not a fixed sleep). */
export async function waitFor(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** After media:reset the server forgot the client's transports: the next produce creates one. */
export function forgetTransports(socket: TestClient): void {
  sendTransports.delete(socket);
}

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;

/**
 * A fresh server for each test of the enclosing suite, closed after it with the sockets the
 * test registered in `sockets`.
 */
export function useTestServer(env: Record<string, string> = {}): { server: TestServer; sockets: TestClient[] } {
  const context = { server: undefined as unknown as TestServer, sockets: [] as TestClient[] };
  beforeEach(async () => {
    context.server = await startTestServer(env);
  });
  afterEach(async () => {
    for (const socket of context.sockets.splice(0)) socket.disconnect();
    await context.server.close();
  });
  return context;
}
