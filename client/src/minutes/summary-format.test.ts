import { describe, expect, it } from 'vitest';
import { formatDue, outcomeText } from './summary-format';

describe('formatDue', () => {
  it('writes a stored date in the reader’s language, the same day everywhere', () => {
    expect(formatDue('2026-12-01', 'en-US')).toBe('Dec 1, 2026');
    expect(formatDue('2026-12-01', 'fr')).toBe('1 déc. 2026');
  });

  it('leaves what is not a date as it is', () => {
    expect(formatDue('', 'fr')).toBe('');
    expect(formatDue('next week', 'en')).toBe('next week');
  });
});

describe('outcomeText', () => {
  it('says how a decision was taken', () => {
    expect(outcomeText({ kind: 'none' })).toBeNull();
    expect(outcomeText({ kind: 'consensus' })).toEqual({ key: 'minutes.summary.consensus' });
    expect(outcomeText({ kind: 'vote', votesFor: 5, votesAgainst: 1, votesAbstain: 2 })).toEqual({
      key: 'minutes.summary.vote',
      values: { for: 5, against: 1, abstain: 2 },
    });
  });
});
