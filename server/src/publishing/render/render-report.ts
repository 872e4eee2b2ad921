import type { MeetingReport } from '@palabre/shared';
import type { ReportLabels } from '../report/report-labels.js';
import { renderHtml } from './render-html.js';
import { renderMarkdown } from './render-markdown.js';
import { renderWikitext } from './render-wikitext.js';
import { reportToMdast } from './report-mdast.js';

export interface RenderedReport {
  markdown: string;
  /** A sanitised HTML fragment. */
  html: string;
  wikitext: string;
}

/** The report in every format, from one tree. */
export function renderReport(report: MeetingReport, labels: ReportLabels): RenderedReport {
  const tree = reportToMdast(report, labels);
  return { markdown: renderMarkdown(tree), html: renderHtml(tree), wikitext: renderWikitext(tree) };
}
