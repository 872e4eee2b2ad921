import type { DecisionOutcome } from '@palabre/shared';

/** A due date as the person's language writes it; the stored "YYYY-MM-DD" if it is not one. */
export function formatDue(due: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(due);
  if (!match) return due;
  // Noon local time: the day is the same in every time zone the browser might be in.
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12);
  if (Number.isNaN(date.getTime())) return due;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(date);
}

/** The i18n key and values that say how a decision was taken, or null when nobody said. */
export function outcomeText(outcome: DecisionOutcome): { key: string; values?: Record<string, number> } | null {
  switch (outcome.kind) {
    case 'none':
      return null;
    case 'consensus':
      return { key: 'minutes.summary.consensus' };
    case 'vote':
      return {
        key: 'minutes.summary.vote',
        values: { for: outcome.votesFor, against: outcome.votesAgainst, abstain: outcome.votesAbstain },
      };
  }
}
