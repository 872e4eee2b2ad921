import {
  GENERAL_SECTION_ID,
  type MeetingReport,
  type MinutesBlock,
  type MinutesDocument,
  type ReportItem,
  type ReportNote,
} from '@palabre/shared';
import { summarize, withoutPrivate } from '@palabre/shared/minutes-model';
import { formatDate, formatWallTime, wallTimeAt } from '../../time/local-time.js';
import type { ReportLabels } from './report-labels.js';

export interface ReportInput {
  room: string;
  meetingId: string;
  startedAt: number;
  endedAt: number;
  /** The agenda in order, with the time actually spent on each item. */
  agenda: { id: string; title: string; durationMinutes: number | null; spentMs: number }[];
  /** The whole minutes, private parts included: they are removed here, once, for every renderer. */
  minutes: MinutesDocument;
  attendees: { name: string; named: boolean }[];
  timeZone: string;
  labels: ReportLabels;
}

const toNote = (block: MinutesBlock): ReportNote => {
  const { private: _private, ...note } = block;
  return note;
};

/**
 * The report of one meeting: its public minutes laid out along the agenda, then every
 * decision, action and open question. Private sections and blocks never reach it; an agenda
 * item whose section is private is left out whole, title included.
 */
export function buildReport(input: ReportInput): MeetingReport {
  const { labels } = input;
  const privateItems = new Set(input.minutes.sections.filter((s) => s.private).map((s) => s.itemId));
  const minutes = withoutPrivate(input.minutes);
  const sections = new Map(minutes.sections.map((section) => [section.itemId, section]));
  const agendaIds = new Set(input.agenda.map((item) => item.id));

  const items: ReportItem[] = [];
  const general = sections.get(GENERAL_SECTION_ID);
  if (general && general.blocks.length > 0) {
    items.push({ itemId: null, title: labels.generalNotes, plannedMinutes: null, spentMs: 0, notes: general.blocks.map(toNote) });
  }
  for (const item of input.agenda) {
    if (privateItems.has(item.id)) continue;
    items.push({
      itemId: item.id,
      title: item.title,
      plannedMinutes: item.durationMinutes,
      spentMs: item.spentMs,
      notes: (sections.get(item.id)?.blocks ?? []).map(toNote),
    });
  }
  // Sections of items removed from the agenda after notes were taken: their words stay.
  for (const section of minutes.sections) {
    if (section.itemId === GENERAL_SECTION_ID || agendaIds.has(section.itemId) || section.blocks.length === 0) continue;
    items.push({ itemId: null, title: section.title || labels.otherNotes, plannedMinutes: null, spentMs: 0, notes: section.blocks.map(toNote) });
  }

  const summary = summarize(minutes);
  const itemOf = (sectionTitle: string) => sectionTitle || labels.generalNotes;
  const wall = wallTimeAt(input.startedAt, input.timeZone);
  const [date, time] = [formatDate(wall), formatWallTime(wall).slice(11)];
  return {
    version: 1,
    language: labels.language,
    room: input.room,
    meetingId: input.meetingId,
    title: labels.title(input.room, date),
    date,
    time,
    timeZone: input.timeZone,
    startedAt: input.startedAt,
    endedAt: input.endedAt,
    durationMs: Math.max(0, input.endedAt - input.startedAt),
    participants: {
      count: input.attendees.length,
      named: input.attendees.filter((attendee) => attendee.named).map((attendee) => attendee.name),
    },
    items,
    decisions: summary.decisions.map(({ private: _p, sectionTitle, ...decision }) => ({ ...decision, item: itemOf(sectionTitle) })),
    actions: summary.actions.map(({ private: _p, sectionTitle, ...action }) => ({ ...action, item: itemOf(sectionTitle) })),
    questions: summary.questions.map(({ private: _p, sectionTitle, ...question }) => ({ ...question, item: itemOf(sectionTitle) })),
  };
}
