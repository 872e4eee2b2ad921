// Facilitation under a full room: how long a change takes from the click's request to every
// screen having the new state, and what it costs. Starts the built server (loopback), seats
// N signalling-only participants, then times raise-hand / give-floor / next-item / chat.
// Usage: npx tsx e2e/bench/facilitation-latency.ts [--participants 25] [--rounds 40]
import { parseArgs } from 'node:util';
import { io, type Socket } from 'socket.io-client';
import {
  PROTOCOL_VERSION,
  type ClientToServerEvents,
  type JoinResponse,
  type ServerToClientEvents,
} from '@palabre/shared';
import { startServer } from '../load/server-under-test/start-server.js';
import { ChildProcesses } from '../load/system/child-processes.js';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

const { values } = parseArgs({ options: { participants: { type: 'string' }, rounds: { type: 'string' } } });
const participants = Number(values.participants ?? 25);
const rounds = Number(values.rounds ?? 40);

async function request(client: Client, name: string, payload: unknown): Promise<unknown> {
  const untyped = client.timeout(10_000) as unknown as { emitWithAck(event: string, payload: unknown): Promise<{ ok: boolean; data?: unknown; error?: unknown }> };
  const ack = await untyped.emitWithAck(name, payload);
  if (!ack.ok) throw new Error(`${name}: ${JSON.stringify(ack.error)}`);
  return ack.data;
}

const p = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(q * values.length) - 1)]!;

const children = new ChildProcesses();
const server = await startServer({ workers: 1, children, entry: undefined });
try {
  const clients: Client[] = [];
  let facilitator: JoinResponse | undefined;
  for (let i = 0; i < participants; i++) {
    const client: Client = io(server.url, { transports: ['websocket'], forceNew: true, reconnection: false });
    await new Promise((resolve) => client.once('connect', () => resolve(undefined)));
    const join = (await request(client, 'room:join', { protocolVersion: PROTOCOL_VERSION, room: 'bench-facilitation', name: `P${i}` })) as JoinResponse;
    facilitator ??= join;
    clients.push(client);
  }
  const [host, ...others] = clients as [Client, ...Client[]];
  for (let i = 0; i < 20; i++) await request(host, 'agenda:add', { title: `Point ${i}`, durationMinutes: 5 });

  /** Time from sending a request to all N clients having received the resulting broadcast. */
  async function fanOut(event: 'meeting:updated' | 'chat:posted', act: () => Promise<unknown>): Promise<{ ackMs: number; allMs: number; bytes: number }> {
    let bytes = 0;
    const received = clients.map(
      (client) =>
        new Promise<number>((resolve) =>
          client.once(event, (payload: unknown) => {
            bytes = JSON.stringify(payload).length;
            resolve(performance.now());
          }),
        ),
    );
    const started = performance.now();
    await act();
    const ackMs = performance.now() - started;
    const last = Math.max(...(await Promise.all(received)));
    return { ackMs, allMs: last - started, bytes };
  }

  const results: Record<string, { ackMs: number; allMs: number; bytes: number }[]> = { 'hand:raise': [], 'floor:give': [], 'agenda:next': [], 'chat:send': [] };
  for (let round = 0; round < rounds; round++) {
    const raiser = others[round % others.length]!;
    results['hand:raise']!.push(await fanOut('meeting:updated', () => request(raiser, 'hand:raise', {})));
    results['floor:give']!.push(await fanOut('meeting:updated', () => request(host, 'floor:give', {})));
    results['agenda:next']!.push(await fanOut('meeting:updated', () => request(host, 'agenda:next', {})));
    results['chat:send']!.push(await fanOut('chat:posted', () => request(raiser, 'chat:send', { text: `message ${round}` })));
  }

  console.log(`Facilitation with ${participants} people in the room, ${rounds} rounds (ms; bytes of one broadcast)`);
  const summary: Record<string, unknown> = { participants, rounds };
  for (const [name, samples] of Object.entries(results)) {
    const ack = samples.map((s) => s.ackMs);
    const all = samples.map((s) => s.allMs);
    const row = { ackP50: +p(ack, 0.5).toFixed(1), ackP95: +p(ack, 0.95).toFixed(1), allScreensP50: +p(all, 0.5).toFixed(1), allScreensP95: +p(all, 0.95).toFixed(1), bytes: samples.at(-1)!.bytes };
    summary[name] = row;
    console.log(`  ${name.padEnd(12)} ack p50 ${row.ackP50}  p95 ${row.ackP95} | all ${participants} screens p50 ${row.allScreensP50}  p95 ${row.allScreensP95} | ${row.bytes} B`);
  }
  console.log(JSON.stringify(summary));
  for (const client of clients) client.disconnect();
} finally {
  await server.stop();
  await children.stopAll();
}
