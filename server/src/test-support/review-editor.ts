import * as Y from 'yjs';
import { MINUTES_FRAGMENT, base64ToBytes, bytesToBase64, type ReviewMinutesSync } from '@palabre/shared';

/**
 * What the facilitator's review editor does, without the editor: the meeting's Y.Doc synced
 * over the review routes (sync step 1 and 2), and edits sent as updates, each answered once
 * stored. `answers` keeps every HTTP answer so tests can check refusals.
 */
export class ReviewEditor {
  readonly doc = new Y.Doc();

  constructor(
    private readonly base: string,
    private readonly room: string,
    private readonly reportId: string,
    private readonly token: string | null,
  ) {}

  /** POSTs a JSON body to one of the review routes, with the facilitator's secret. */
  post(path: 'sync' | 'update', body: unknown): Promise<Response> {
    return fetch(`${this.base}/api/rooms/${this.room}/reports/${this.reportId}/minutes/${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  }

  /** Sync step 1 and 2; throws unless the server answered. */
  async sync(): Promise<void> {
    const response = await this.post('sync', { stateVector: bytesToBase64(Y.encodeStateVector(this.doc)) });
    if (!response.ok) throw new Error(`sync: HTTP ${response.status} ${await response.text()}`);
    const answer = (await response.json()) as ReviewMinutesSync;
    Y.applyUpdate(this.doc, base64ToBytes(answer.update), 'server');
  }

  /** Replaces the first occurrence of `typo` in the minutes' text; resolves with the server's answer. */
  fix(typo: string, fixed: string): Promise<Response> {
    const text = this.textHolding(typo);
    if (!text) throw new Error(`"${typo}" is nowhere in the minutes`);
    const at = text.toString().indexOf(typo);
    return this.edit(() => {
      text.delete(at, typo.length);
      text.insert(at, fixed);
    });
  }

  /** Makes a change locally and sends it as one update. */
  async edit(change: () => void): Promise<Response> {
    const updates: Uint8Array[] = [];
    const collect = (update: Uint8Array, origin: unknown) => {
      if (origin !== 'server') updates.push(update);
    };
    this.doc.on('update', collect);
    this.doc.transact(change);
    this.doc.off('update', collect);
    return this.post('update', { update: bytesToBase64(Y.mergeUpdates(updates)) });
  }

  private textHolding(wanted: string): Y.XmlText | null {
    const visit = (node: Y.XmlElement | Y.XmlFragment): Y.XmlText | null => {
      for (const child of node.toArray()) {
        if (child instanceof Y.XmlText && child.toString().includes(wanted)) return child;
        if (child instanceof Y.XmlElement) {
          const found = visit(child);
          if (found) return found;
        }
      }
      return null;
    };
    return visit(this.doc.getXmlFragment(MINUTES_FRAGMENT));
  }
}
