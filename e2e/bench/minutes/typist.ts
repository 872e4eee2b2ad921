import { io, type Socket } from 'socket.io-client';
import * as Y from 'yjs';
import {
  GENERAL_SECTION_ID,
  MINUTES_FRAGMENT,
  MINUTES_NODES,
  PROTOCOL_VERSION,
  type ClientToServerEvents,
  type MinutesResponses,
  type ServerToClientEvents,
} from '@palabre/shared';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

const REMOTE = 'remote';
const asBytes = (data: Uint8Array | ArrayBuffer) => (data instanceof Uint8Array ? data : new Uint8Array(data));

/** When each keystroke left its author, keyed by the Yjs id of the character it inserted. */
export type SentAt = Map<string, number>;

export interface TypistStats {
  /** Keystroke → applied in this typist's document, for others' keystrokes (ms). */
  delays: number[];
  ackMs: number[];
  keystrokes: number;
  /** Engine.IO payload bytes (header text + binary attachment) sent and received. */
  bytesUp: number;
  bytesDown: number;
  updatesDown: number;
  /** Bytes of the Yjs updates alone this typist sent: what the server stores per edit. */
  updateBytes: number;
}

async function request<T>(client: Client, name: string, payload: unknown): Promise<T> {
  const untyped = client.timeout(10_000) as unknown as { emitWithAck(event: string, payload: unknown): Promise<{ ok: boolean; data?: unknown; error?: unknown }> };
  const ack = await untyped.emitWithAck(name, payload);
  if (!ack.ok) throw new Error(`${name}: ${JSON.stringify(ack.error)}`);
  return ack.data as T;
}

/**
 * A synthetic participant with the minutes open: a Y.Doc synced over the real socket, typing
 * into a paragraph of its own in the general section, one character at a time.
 */
export class Typist {
  readonly doc = new Y.Doc();
  readonly stats: TypistStats = { delays: [], ackMs: [], keystrokes: 0, bytesUp: 0, bytesDown: 0, updatesDown: 0, updateBytes: 0 };
  private paragraph: Y.XmlText | undefined;
  private measuring = false;

  private constructor(
    readonly client: Client,
    private readonly sentAt: SentAt,
  ) {
    const engine = client.io.engine;
    engine.on('packetCreate', (packet: { data?: unknown }) => {
      if (this.measuring) this.stats.bytesUp += sizeOf(packet.data);
    });
    engine.on('packet', (packet: { data?: unknown }) => {
      if (this.measuring) this.stats.bytesDown += sizeOf(packet.data);
    });
    client.on('minutes:updated', ({ update }) => {
      const bytes = asBytes(update);
      Y.applyUpdate(this.doc, bytes, REMOTE);
      if (!this.measuring) return;
      const now = performance.now();
      this.stats.updatesDown++;
      for (const struct of Y.decodeUpdate(bytes).structs) {
        const sent = sentAt.get(`${struct.id.client}:${struct.id.clock}`);
        if (sent !== undefined) this.stats.delays.push(now - sent);
      }
    });
  }

  static async join(url: string, room: string, name: string, sentAt: SentAt): Promise<Typist> {
    const client: Client = io(url, { transports: ['websocket'], forceNew: true, reconnection: false });
    await new Promise((resolve, reject) => {
      client.once('connect', () => resolve(undefined));
      client.once('connect_error', reject);
    });
    await request(client, 'room:join', { protocolVersion: PROTOCOL_VERSION, room, name });
    const typist = new Typist(client, sentAt);
    await typist.sync();
    return typist;
  }

  async sync(): Promise<void> {
    const answer = await request<MinutesResponses['minutes:sync']>(this.client, 'minutes:sync', { stateVector: Y.encodeStateVector(this.doc) });
    Y.applyUpdate(this.doc, asBytes(answer.update), REMOTE);
  }

  /** A paragraph of its own at the end of the general section, to type into. */
  async openParagraph(): Promise<void> {
    const section = this.doc
      .getXmlFragment(MINUTES_FRAGMENT)
      .toArray()
      .find((node) => node instanceof Y.XmlElement && node.getAttribute('itemId') === GENERAL_SECTION_ID) as Y.XmlElement;
    const text = new Y.XmlText();
    const paragraph = new Y.XmlElement(MINUTES_NODES.paragraph);
    paragraph.insert(0, [text]);
    await this.send(() => section.insert(section.length, [paragraph]));
    this.paragraph = text;
  }

  startMeasuring(): void {
    this.measuring = true;
  }

  stopMeasuring(): void {
    this.measuring = false;
  }

  /** One keystroke: the character is inserted, its send time noted, the update sent. */
  async keystroke(char: string): Promise<void> {
    const text = this.paragraph!;
    const clock = Y.getState(this.doc.store, this.doc.clientID);
    await this.send(() => text.insert(text.length, char), () => this.sentAt.set(`${this.doc.clientID}:${clock}`, performance.now()));
    this.stats.keystrokes++;
  }

  close(): void {
    this.client.disconnect();
    this.doc.destroy();
  }

  private async send(change: () => void, beforeSend?: () => void): Promise<void> {
    const updates: Uint8Array[] = [];
    const collect = (update: Uint8Array, origin: unknown) => {
      if (origin !== REMOTE) updates.push(update);
    };
    this.doc.on('update', collect);
    this.doc.transact(change);
    this.doc.off('update', collect);
    beforeSend?.();
    for (const update of updates) {
      const started = performance.now();
      if (this.measuring) this.stats.updateBytes += update.byteLength;
      await request(this.client, 'minutes:update', { update });
      if (this.measuring) this.stats.ackMs.push(performance.now() - started);
    }
  }
}

function sizeOf(data: unknown): number {
  if (typeof data === 'string') return Buffer.byteLength(data);
  if (data instanceof ArrayBuffer) return data.byteLength;
  if (ArrayBuffer.isView(data)) return data.byteLength;
  return 0;
}
