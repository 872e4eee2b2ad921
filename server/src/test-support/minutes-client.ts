import * as Y from 'yjs';
import { GENERAL_SECTION_ID, MINUTES_FRAGMENT, MINUTES_NODES, type MinutesDocument } from '@palabre/shared';
import { readMinutes } from '@palabre/shared/minutes-model';
import { ok, type TestClient } from './test-server.js';

const REMOTE = 'remote';

/** Socket.IO hands Node a Buffer; the browser an ArrayBuffer. */
export const asBytes = (data: Uint8Array | ArrayBuffer): Uint8Array => (data instanceof Uint8Array ? data : new Uint8Array(data));

/** Yjs types its output over ArrayBufferLike; the contract's bytes are a plain Uint8Array. */
export const wire = (bytes: Uint8Array) => bytes as Uint8Array<ArrayBuffer>;

/**
 * What an editor does with the minutes, without the editor: a Y.Doc kept in sync over the
 * real socket (sync step 1 and 2, updates both ways), and edits that wait for their ack.
 */
export class MinutesClient {
  readonly doc = new Y.Doc();
  meetingId = '';

  constructor(readonly socket: TestClient) {
    socket.on('minutes:updated', ({ update }) => Y.applyUpdate(this.doc, asBytes(update), REMOTE));
  }

  static async open(socket: TestClient): Promise<MinutesClient> {
    const client = new MinutesClient(socket);
    await client.sync();
    return client;
  }

  async sync(): Promise<void> {
    const answer = await ok(this.socket, 'minutes:sync', { stateVector: wire(Y.encodeStateVector(this.doc)) });
    this.meetingId = answer.meetingId;
    Y.applyUpdate(this.doc, asBytes(answer.update), REMOTE);
    const missing = Y.encodeStateAsUpdate(this.doc, asBytes(answer.stateVector));
    if (carriesChanges(missing)) await ok(this.socket, 'minutes:update', { update: wire(missing) });
  }

  /** Makes a change locally and resolves once the server acknowledged (hence stored) it. */
  async edit(change: (fragment: Y.XmlFragment) => void): Promise<void> {
    const updates: Uint8Array[] = [];
    const collect = (update: Uint8Array, origin: unknown) => {
      if (origin !== REMOTE) updates.push(update);
    };
    this.doc.on('update', collect);
    this.doc.transact(() => change(this.doc.getXmlFragment(MINUTES_FRAGMENT)));
    this.doc.off('update', collect);
    for (const update of updates) await ok(this.socket, 'minutes:update', { update: wire(update) });
  }

  /** Appends text to the first paragraph of a section (the general one by default). */
  type(text: string, itemId: string = GENERAL_SECTION_ID): Promise<void> {
    return this.edit(() => {
      const paragraph = this.paragraphOf(itemId);
      const first = paragraph.get(0);
      if (first instanceof Y.XmlText) first.insert(first.length, text);
      else paragraph.insert(0, [new Y.XmlText(text)]);
    });
  }

  /** Adds a typed block (question, action...) at the end of a section. */
  addBlock(name: string, text: string, attrs: Record<string, string | boolean> = {}, itemId: string = GENERAL_SECTION_ID): Promise<void> {
    return this.edit(() => {
      const section = this.sectionOf(itemId);
      const block = new Y.XmlElement(name);
      for (const [key, value] of Object.entries(attrs)) block.setAttribute(key, value as string);
      block.insert(0, [new Y.XmlText(text)]);
      section.insert(section.length, [block]);
    });
  }

  read(): MinutesDocument {
    return readMinutes(this.doc, this.meetingId);
  }

  text(itemId: string = GENERAL_SECTION_ID): string {
    return this.read().sections.find((section) => section.itemId === itemId)?.blocks.map((block) => block.text).join('\n') ?? '';
  }

  sectionOf(itemId: string): Y.XmlElement {
    const section = this.doc
      .getXmlFragment(MINUTES_FRAGMENT)
      .toArray()
      .find((node) => node instanceof Y.XmlElement && node.getAttribute('itemId') === itemId);
    if (!(section instanceof Y.XmlElement)) throw new Error(`no section ${itemId} in the minutes`);
    return section;
  }

  private paragraphOf(itemId: string): Y.XmlElement {
    const paragraph = this.sectionOf(itemId)
      .toArray()
      .find((node) => node instanceof Y.XmlElement && node.nodeName === MINUTES_NODES.paragraph);
    if (!(paragraph instanceof Y.XmlElement)) throw new Error(`no paragraph in section ${itemId}`);
    return paragraph;
  }
}

function carriesChanges(update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  return structs.length > 0 || ds.clients.size > 0;
}
