import { Feed } from 'feed';
import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { reportHast } from '../../publishing/render/render-html.js';
import { reportToMdast } from '../../publishing/render/report-mdast.js';
import { labelsOf, type ReportLabels } from '../../publishing/report/report-labels.js';
import type { ReportRecord } from '../../storage/report-store.js';
import { feedPath, reportPath } from './archive-pages.js';

const FEED_ROOT = '<feed xmlns="http://www.w3.org/2005/Atom">';

/** A report's HTML in its own words, marked with their language (a feed may mix two). */
function entryHtml(report: ReportRecord, serverLabels: ReportLabels): string {
  const labels = labelsOf(report.document, serverLabels);
  const { children } = reportHast(reportToMdast(report.document, labels));
  return toHtml({ type: 'element', tagName: 'div', properties: { lang: labels.language }, children: children as ElementContent[] });
}

/**
 * The room's Atom feed: one entry per published report, newest first, with its HTML. The feed
 * is in the server's language (`xml:lang` on its root, which the `feed` library cannot set).
 */
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
      content: entryHtml(report, labels),
    });
  }
  const atom = feed.atom1();
  if (!atom.includes(FEED_ROOT)) throw new Error('the Atom feed does not start as expected: cannot set its language');
  return atom.replace(FEED_ROOT, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${labels.language}">`);
}
