import type { MeetingReport, MinutesDocument } from '@palabre/shared';
import { buildReport, type ReportInput } from './build-report.js';
import type { ReportLabels } from './report-labels.js';

/**
 * A report's text taken again from the minutes as they are now (a facilitator fixed a typo
 * during the review), around the facts frozen when the meeting ended: its date, duration and
 * participants, and the time planned and spent on each item, whatever was stored since (a
 * participant's consent to be named may have changed at a later meeting).
 */
export function refreezeReport(
  frozen: MeetingReport,
  current: { minutes: MinutesDocument; agenda: ReportInput['agenda']; labels: ReportLabels },
): MeetingReport {
  const frozenItems = new Map(frozen.items.flatMap((item) => (item.itemId === null ? [] : [[item.itemId, item] as const])));
  const agenda = current.agenda.map((item) => {
    const at = frozenItems.get(item.id);
    return at ? { ...item, durationMinutes: at.plannedMinutes, spentMs: at.spentMs } : item;
  });
  const rebuilt = buildReport({
    room: frozen.room,
    meetingId: frozen.meetingId,
    startedAt: frozen.startedAt,
    endedAt: frozen.endedAt,
    agenda,
    minutes: current.minutes,
    attendees: [],
    timeZone: frozen.timeZone,
    labels: current.labels,
  });
  return {
    ...rebuilt,
    title: frozen.title,
    date: frozen.date,
    time: frozen.time,
    durationMs: frozen.durationMs,
    participants: frozen.participants,
  };
}
