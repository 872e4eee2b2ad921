import express, { type Request, type Router } from 'express';
import { roomNameSchema } from '@palabre/shared';
import { labelsOf, type ReportLabels } from '../publishing/report/report-labels.js';
import { renderReport } from '../publishing/render/render-report.js';
import type { ReportStore } from '../storage/report-store.js';
import { roomFeed } from './archive/archive-feed.js';
import { archiveIndexPage, reportPage, roomArchivePage } from './archive/archive-pages.js';
import { ARCHIVE_CSS } from './archive/archive-style.js';

const slugPattern = /^[0-9]{4}-[0-9]{2}-[0-9]{2}-[0-9]{4}(?:-[0-9]+)?$/;

/** Where the feed's absolute links point: this server as the request reached it (trust proxy applies). */
const originOf = (request: Request) => `${request.protocol}://${request.get('host') ?? 'localhost'}`;

/**
 * The public archive of published reports, server-rendered HTML with this origin's CSS only:
 *   /archive                        every room's reports
 *   /archive/<room>                 one room's reports
 *   /archive/<room>.atom            its Atom feed
 *   /archive/<room>/<report>        a report (permanent URL)
 *   /archive/<room>/<report>.md     its Markdown
 * Only reports whose archive delivery is done are shown (not those still in review). Lists and
 * feeds are in the server's language (REPORT_LANGUAGE), each report in its own.
 */
export function archiveRoutes(reports: ReportStore, labels: ReportLabels): Router {
  const router = express.Router();
  const notFound = (response: express.Response) => response.status(404).type('text/plain').send('No such report.');

  router.get('/archive', (_request, response) => {
    response.type('html').send(archiveIndexPage(reports.archived(), labels));
  });

  router.get('/archive/archive.css', (_request, response) => {
    response.type('css').set('Cache-Control', 'max-age=3600').send(ARCHIVE_CSS);
  });

  router.get('/archive/:name', (request, response) => {
    const name = request.params.name;
    const isFeed = name.endsWith('.atom');
    const room = roomNameSchema.safeParse(isFeed ? name.slice(0, -'.atom'.length) : name);
    if (!room.success) return void notFound(response);
    const list = reports.archivedInRoom(room.data, isFeed ? 50 : 1000);
    if (isFeed) {
      response.type('application/atom+xml; charset=utf-8').send(roomFeed(originOf(request), room.data, list, labels));
    } else {
      response.type('html').send(roomArchivePage(room.data, list, labels));
    }
  });

  router.get('/archive/:room/:report', (request, response) => {
    const { report: name } = request.params;
    const isMarkdown = name.endsWith('.md');
    const slug = isMarkdown ? name.slice(0, -'.md'.length) : name;
    const room = roomNameSchema.safeParse(request.params.room);
    if (!room.success || !slugPattern.test(slug)) return void notFound(response);
    const report = reports.archivedBySlug(room.data, slug);
    if (!report) return void notFound(response);
    if (isMarkdown) {
      response
        .type('text/markdown; charset=utf-8')
        .set('Content-Disposition', `attachment; filename="${report.room}-${report.slug}.md"`)
        .send(renderReport(report.document, labelsOf(report.document, labels)).markdown);
    } else {
      response.type('html').send(reportPage(report, labels));
    }
  });

  return router;
}
