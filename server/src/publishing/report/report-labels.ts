import type { DecisionOutcome, MeetingReport, ReportLanguage } from '@palabre/shared';

export type { ReportLanguage };

/** The words of a report, in the language the server publishes in (REPORT_LANGUAGE). */
export interface ReportLabels {
  /** Their language, recorded in each report and given to the pages that show it (lang). */
  language: ReportLanguage;
  title(room: string, date: string): string;
  when: string;
  duration: string;
  participants(count: number): string;
  named: string;
  agenda: string;
  generalNotes: string;
  otherNotes: string;
  spent(spent: string, planned: string | null): string;
  decision: string;
  action: string;
  question: string;
  decisions: string;
  actions: string;
  questions: string;
  nothing: string;
  outcome(outcome: DecisionOutcome): string;
  owner: string;
  due: string;
  done: string;
  archive: string;
  editSummary: string;
}

const en: ReportLabels = {
  language: 'en',
  title: (room, date) => `Meeting of ${room}, ${date}`,
  when: 'Date',
  duration: 'Duration',
  participants: (count) => `${count} participant${count === 1 ? '' : 's'}`,
  named: 'Named with their agreement',
  agenda: 'Agenda',
  generalNotes: 'General notes',
  otherNotes: 'Other notes',
  spent: (spent, planned) => (planned ? `${spent} spent (${planned} planned)` : `${spent} spent`),
  decision: 'Decision',
  action: 'Action',
  question: 'Open question',
  decisions: 'Decisions',
  actions: 'Actions',
  questions: 'Open questions',
  nothing: 'None.',
  outcome: (outcome) => {
    switch (outcome.kind) {
      case 'none':
        return '';
      case 'consensus':
        return 'by consensus';
      case 'vote':
        return `vote: ${outcome.votesFor} for, ${outcome.votesAgainst} against, ${outcome.votesAbstain} abstaining`;
    }
  },
  owner: 'who',
  due: 'by',
  done: 'done',
  archive: 'Meeting notes',
  editSummary: 'Meeting notes published by Palabre',
};

const fr: ReportLabels = {
  language: 'fr',
  title: (room, date) => `Réunion ${room} du ${date}`,
  when: 'Date',
  duration: 'Durée',
  participants: (count) => `${count} participant·e${count > 1 ? 's' : ''}`,
  named: 'Nommé·es avec leur accord',
  agenda: 'Ordre du jour',
  generalNotes: 'Notes générales',
  otherNotes: 'Autres notes',
  spent: (spent, planned) => (planned ? `${spent} passées (${planned} prévues)` : `${spent} passées`),
  decision: 'Décision',
  action: 'Action',
  question: 'Question ouverte',
  decisions: 'Décisions',
  actions: 'Actions',
  questions: 'Questions ouvertes',
  nothing: 'Aucune.',
  outcome: (outcome) => {
    switch (outcome.kind) {
      case 'none':
        return '';
      case 'consensus':
        return 'par consensus';
      case 'vote':
        return `vote : ${outcome.votesFor} pour, ${outcome.votesAgainst} contre, ${outcome.votesAbstain} abstention(s)`;
    }
  },
  owner: 'qui',
  due: 'pour le',
  done: 'fait',
  archive: 'Comptes rendus',
  editSummary: 'Compte rendu publié par Palabre',
};

export const reportLabels: Record<ReportLanguage, ReportLabels> = { en, fr };

/**
 * The words a report is shown with: those of its own language, so its headings match the text
 * frozen in it even if the server's language changed since; the server's for an older report.
 */
export function labelsOf(report: Pick<MeetingReport, 'language'>, serverLabels: ReportLabels): ReportLabels {
  return report.language ? reportLabels[report.language] : serverLabels;
}

/** '1 h 05 min', '12 min', '0 min': what a reader wants, not milliseconds. */
export function formatDuration(ms: number): string {
  const minutes = Math.round(Math.max(0, ms) / 60_000);
  const hours = Math.floor(minutes / 60);
  return hours > 0 ? `${hours} h ${String(minutes % 60).padStart(2, '0')} min` : `${minutes} min`;
}
