import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { GENERAL_SECTION_ID, type MeetingReport, type MinutesDocument } from '@palabre/shared';
import { renderReport } from '../publishing/render/render-report.js';
import { buildReport } from '../publishing/report/build-report.js';
import { reportLabels } from '../publishing/report/report-labels.js';
import type { DeliveryContext } from '../publishing/targets/delivery.js';
import type { ReportRecord } from '../storage/report-store.js';

/** Words typed in private parts of the minutes: none may appear in anything published. */
export const PRIVATE_WORDS = ['SECRET-SECTION-NOTE', 'SECRET-BLOCK-ACTION', 'SECRET-ITEM-TITLE', 'SECRET-QUESTION'];

const start = Date.UTC(2026, 10, 26, 17, 30); // 18:30 in Paris

/** Minutes with public and private parts, hostile text, and every kind of block. */
export function sampleMinutes(meetingId = 'm1'): MinutesDocument {
  return {
    meetingId,
    sections: [
      { itemId: GENERAL_SECTION_ID, title: '', private: false, blocks: [{ type: 'note', text: 'Bienvenue à toutes et tous', private: false }] },
      {
        itemId: 'budget',
        title: 'Budget',
        private: false,
        blocks: [
          { type: 'note', text: 'Le budget <script>alert(1)</script> est [[serré]] {{danger}}\n* pas une liste', private: false },
          { type: 'decision', text: 'Adopter le budget', private: false, outcome: { kind: 'vote', votesFor: 7, votesAgainst: 2, votesAbstain: 1 } },
          { type: 'action', text: 'Envoyer les chiffres', private: false, owner: 'Zoé', due: '2026-12-01', done: false },
          { type: 'action', text: 'SECRET-BLOCK-ACTION', private: true, owner: 'Ana', due: '', done: false },
          { type: 'question', text: 'Qui paie la salle ?', private: false },
        ],
      },
      { itemId: 'conflict', title: 'SECRET-ITEM-TITLE', private: true, blocks: [{ type: 'note', text: 'SECRET-SECTION-NOTE', private: false }] },
      { itemId: 'party', title: 'Fête', private: false, blocks: [{ type: 'question', text: 'SECRET-QUESTION', private: true }] },
    ],
  };
}

export function sampleReport(): MeetingReport {
  return buildReport({
    room: 'weekly',
    meetingId: 'm1',
    startedAt: start,
    endedAt: start + 65 * 60_000,
    agenda: [
      { id: 'budget', title: 'Budget', durationMinutes: 20, spentMs: 25 * 60_000 },
      { id: 'conflict', title: 'SECRET-ITEM-TITLE', durationMinutes: 10, spentMs: 12 * 60_000 },
      { id: 'party', title: 'Fête', durationMinutes: null, spentMs: 3 * 60_000 + 20_000 },
    ],
    minutes: sampleMinutes(),
    attendees: [
      { name: 'Alice', named: true },
      { name: 'Bob', named: false },
      { name: 'Zoé', named: true },
    ],
    timeZone: 'Europe/Paris',
    labels: reportLabels.en,
  });
}

export interface RecordedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  receivedAt: number;
}

/** A local HTTP server that records every request and answers with `respond`. */
export async function recordingServer(
  respond: (request: RecordedRequest, response: http.ServerResponse) => void,
): Promise<{ url: string; requests: RecordedRequest[]; close(): Promise<void> }> {
  const requests: RecordedRequest[] = [];
  const server = http.createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const request = { method: incoming.method ?? '', url: incoming.url ?? '', headers: incoming.headers, body: Buffer.concat(chunks).toString('utf8'), receivedAt: Date.now() };
      requests.push(request);
      respond(request, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function json(response: http.ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}

/** What the publisher hands a deliverer, for the sample report; `remembered` collects stored remote ids. */
export function contextFor(remoteId: string | null = null): DeliveryContext & { remembered: string[] } {
  const document = sampleReport();
  const report: ReportRecord = { id: 'r-1', room: 'weekly', meetingId: 'm1', slug: '2026-11-26-1830', document, createdAt: 0, publishAt: 0, archivedAt: null };
  const remembered: string[] = [];
  return {
    report,
    rendered: renderReport(document, reportLabels.en),
    labels: reportLabels.en,
    remoteId,
    rememberRemoteId: (id) => remembered.push(id),
    remembered,
  };
}
