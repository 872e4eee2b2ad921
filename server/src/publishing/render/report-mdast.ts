import type { BlockContent, Break, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { MeetingReport, ReportNote } from '@palabre/shared';
import { formatDuration, type ReportLabels } from '../report/report-labels.js';

/*
 * The report as one mdast tree, built once: every format (Markdown, HTML, wikitext) is a
 * serialisation of this tree, so they cannot disagree. Text typed in the minutes only ever
 * becomes `text` nodes, which each serialiser escapes for its format.
 */

const text = (value: string): Text => ({ type: 'text', value });
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
const emphasis = (value: string): PhrasingContent => ({ type: 'emphasis', children: [text(value)] });
const paragraph = (children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
const heading = (depth: 1 | 2 | 3, value: string): RootContent => ({ type: 'heading', depth, children: [text(value)] });
const list = (items: PhrasingContent[][]): List => ({
  type: 'list',
  ordered: false,
  spread: false,
  children: items.map((children): ListItem => ({ type: 'listItem', spread: false, children: [paragraph(children)] })),
});

/** Lines typed in the minutes stay lines: hard breaks, not one run-on paragraph. */
function lines(value: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  value.split('\n').forEach((line, index) => {
    if (index > 0) out.push({ type: 'break' } satisfies Break);
    out.push(text(line));
  });
  return out;
}

function actionDetails(action: { owner: string; due: string; done: boolean }, labels: ReportLabels): PhrasingContent[] {
  const details: PhrasingContent[] = [];
  if (action.owner) details.push(text(' — '), strong(`${labels.owner}:`), text(` ${action.owner}`));
  if (action.due) details.push(text(' — '), strong(`${labels.due}:`), text(` ${action.due}`));
  if (action.done) details.push(text(` (${labels.done})`));
  return details;
}

function note(block: ReportNote, labels: ReportLabels): BlockContent {
  switch (block.type) {
    case 'note':
      return paragraph(lines(block.text));
    case 'decision': {
      const outcome = labels.outcome(block.outcome);
      return paragraph([strong(`${labels.decision}${outcome ? ` (${outcome})` : ''}:`), text(' '), ...lines(block.text)]);
    }
    case 'action':
      return paragraph([strong(`${labels.action}:`), text(' '), ...lines(block.text), ...actionDetails(block, labels)]);
    case 'question':
      return paragraph([strong(`${labels.question}:`), text(' '), ...lines(block.text)]);
  }
}

function orNothing(entries: PhrasingContent[][], labels: ReportLabels): RootContent {
  return entries.length > 0 ? list(entries) : paragraph([emphasis(labels.nothing)]);
}

export function reportToMdast(report: MeetingReport, labels: ReportLabels): Root {
  const children: RootContent[] = [heading(1, report.title)];
  children.push(
    paragraph([
      strong(`${labels.when}:`),
      text(` ${report.date} ${report.time} (${report.timeZone}) — `),
      strong(`${labels.duration}:`),
      text(` ${formatDuration(report.durationMs)} — ${labels.participants(report.participants.count)}`),
    ]),
  );
  if (report.participants.named.length > 0) {
    children.push(paragraph([strong(`${labels.named}:`), text(` ${report.participants.named.join(', ')}`)]));
  }

  children.push(heading(2, labels.agenda));
  for (const item of report.items) {
    children.push(heading(3, item.title));
    if (item.itemId !== null) {
      const planned = item.plannedMinutes === null ? null : formatDuration(item.plannedMinutes * 60_000);
      children.push(paragraph([emphasis(labels.spent(formatDuration(item.spentMs), planned))]));
    }
    for (const block of item.notes) children.push(note(block, labels));
  }

  children.push(heading(2, labels.decisions));
  children.push(
    orNothing(
      report.decisions.map((decision) => {
        const outcome = labels.outcome(decision.outcome);
        return [...lines(decision.text), text(` (${decision.item}${outcome ? `; ${outcome}` : ''})`)];
      }),
      labels,
    ),
  );
  children.push(heading(2, labels.actions));
  children.push(orNothing(report.actions.map((action) => [...lines(action.text), ...actionDetails(action, labels)]), labels));
  children.push(heading(2, labels.questions));
  children.push(orNothing(report.questions.map((question) => [...lines(question.text), text(` (${question.item})`)]), labels));
  return { type: 'root', children };
}
