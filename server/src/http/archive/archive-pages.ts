import type { Element, ElementContent, Properties, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { reportHast } from '../../publishing/render/render-html.js';
import { reportToMdast } from '../../publishing/render/report-mdast.js';
import { labelsOf, type ReportLabels } from '../../publishing/report/report-labels.js';
import type { ReportRecord } from '../../storage/report-store.js';

/*
 * The archive's server-rendered pages, built as hast trees and serialised by hast-util-to-html,
 * which escapes every text and attribute: no page is assembled from strings.
 */

type Child = ElementContent | string;

function h(tagName: string, properties: Properties, children: Child[] = []): Element {
  return {
    type: 'element',
    tagName,
    properties,
    children: children.map((child) => (typeof child === 'string' ? { type: 'text', value: child } : child)),
  };
}

/** `lang` is the language the page is written in: screen readers pronounce it, browsers hyphenate and translate from it. */
function page(lang: string, title: string, body: Child[], feed?: string): string {
  const head = [
    h('meta', { charSet: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('title', {}, [title]),
    h('link', { rel: ['stylesheet'], href: '/archive/archive.css' }),
    ...(feed ? [h('link', { rel: ['alternate'], type: 'application/atom+xml', href: feed })] : []),
  ];
  const tree: Root = {
    type: 'root',
    children: [{ type: 'doctype' }, h('html', { lang }, [h('head', {}, head), h('body', {}, body)])],
  };
  return toHtml(tree);
}

export const reportPath = (report: Pick<ReportRecord, 'room' | 'slug'>) => `/archive/${report.room}/${report.slug}`;
export const feedPath = (room: string) => `/archive/${room}.atom`;

function reportList(reports: ReportRecord[]): Element {
  return h(
    'ul',
    { className: ['reports'] },
    reports.map((report) =>
      h('li', {}, [
        h('a', { href: reportPath(report) }, [report.document.title]),
        ` — ${report.document.date} ${report.document.time}`,
      ]),
    ),
  );
}

/** GET /archive: every room's published reports, room by room, newest first. */
export function archiveIndexPage(reports: ReportRecord[], labels: ReportLabels): string {
  const byRoom = new Map<string, ReportRecord[]>();
  for (const report of reports) byRoom.set(report.room, [...(byRoom.get(report.room) ?? []), report]);
  const body: Child[] = [h('h1', {}, [labels.archive])];
  if (byRoom.size === 0) body.push(h('p', {}, [labels.nothing]));
  for (const [room, list] of byRoom) {
    body.push(h('h2', {}, [h('a', { href: `/archive/${room}` }, [room])]), reportList(list));
  }
  return page(labels.language, labels.archive, [h('main', {}, body)]);
}

/** GET /archive/<room>: one room's reports. */
export function roomArchivePage(room: string, reports: ReportRecord[], labels: ReportLabels): string {
  const body: Child[] = [
    h('header', {}, [h('nav', {}, [h('a', { href: '/archive' }, [labels.archive]), h('a', { href: feedPath(room) }, ['Atom'])])]),
    h('h1', {}, [`${labels.archive} — ${room}`]),
    reports.length > 0 ? reportList(reports) : h('p', {}, [labels.nothing]),
  ];
  return page(labels.language, `${labels.archive} — ${room}`, [h('main', {}, body)], feedPath(room));
}

/** GET /archive/<room>/<report>: the report itself, its decisions and actions as text, in its own language. */
export function reportPage(report: ReportRecord, serverLabels: ReportLabels): string {
  const labels = labelsOf(report.document, serverLabels);
  const content = reportHast(reportToMdast(report.document, labels));
  const nav = h('nav', {}, [
    h('a', { href: '/archive' }, [labels.archive]),
    h('a', { href: `/archive/${report.room}` }, [report.room]),
  ]);
  const downloads = h('p', { className: ['downloads'] }, [
    h('a', { href: `${reportPath(report)}.md`, download: '' }, ['Markdown']),
    ' · ',
    h('a', { href: feedPath(report.room) }, ['Atom']),
  ]);
  return page(labels.language, report.document.title, [h('header', {}, [nav]), h('main', {}, [...(content.children as ElementContent[]), downloads])], feedPath(report.room));
}
