import { Feed } from 'feed';
import { renderHtml } from '../../publishing/render/render-html.js';
import { reportToMdast } from '../../publishing/render/report-mdast.js';
import type { ReportLabels } from '../../publishing/report/report-labels.js';
import type { ReportRecord } from '../../storage/report-store.js';
import { feedPath, reportPath } from './archive-pages.js';

/** The room's Atom feed: one entry per published report, newest first, with its HTML. */
export function roomFeed(origin: string, room: string, reports: ReportRecord[], labels: ReportLabels): string {
  const roomUrl = `${origin}/archive/${room}`;
  const feed = new Feed({
    id: roomUrl,
    title: `${labels.archive} — ${room}`,
    link: roomUrl,
    updated: new Date(reports[0]?.archivedAt ?? 0),
    generator: 'Palabre',
    feedLinks: { atom: `${origin}${feedPath(room)}` },
  });
  for (const report of reports) {
    const url = `${origin}${reportPath(report)}`;
    feed.addItem({
      title: report.document.title,
      id: url,
      link: url,
      date: new Date(report.archivedAt ?? report.createdAt),
      published: new Date(report.document.startedAt),
      content: renderHtml(reportToMdast(report.document, labels)),
    });
  }
  return feed.atom1();
}
