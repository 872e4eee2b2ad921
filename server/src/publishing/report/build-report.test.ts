import { describe, expect, it } from 'vitest';
import { PRIVATE_WORDS, sampleReport } from '../../test-support/publishing.js';

describe('buildReport', () => {
  const report = sampleReport();

  it('dates the meeting in the configured time zone and counts everyone, naming only those who agreed', () => {
    expect(report).toMatchObject({ title: 'Meeting of weekly, 2026-11-26', date: '2026-11-26', time: '18:30', durationMs: 65 * 60_000 });
    expect(report.participants).toEqual({ count: 3, named: ['Alice', 'Zoé'] });
  });

  it('follows the agenda with the time actually spent on each item, general notes first', () => {
    expect(report.items.map((item) => [item.title, item.plannedMinutes, item.spentMs])).toEqual([
      ['General notes', null, 0],
      ['Budget', 20, 25 * 60_000],
      ['Fête', null, 200_000],
    ]);
    expect(report.items[1]?.notes.map((note) => note.type)).toEqual(['note', 'decision', 'action', 'question']);
  });

  it('gathers decisions, actions (who, what, when) and open questions with their item', () => {
    expect(report.decisions).toEqual([
      { type: 'decision', text: 'Adopter le budget', outcome: { kind: 'vote', votesFor: 7, votesAgainst: 2, votesAbstain: 1 }, item: 'Budget' },
    ]);
    expect(report.actions).toEqual([{ type: 'action', text: 'Envoyer les chiffres', owner: 'Zoé', due: '2026-12-01', done: false, item: 'Budget' }]);
    expect(report.questions.map((question) => question.text)).toEqual(['Qui paie la salle ?']);
  });

  it('leaves out private blocks, private sections and the title of an item whose section is private', () => {
    const json = JSON.stringify(report);
    for (const word of PRIVATE_WORDS) expect(json).not.toContain(word);
    expect(json).not.toContain('"private"');
  });
});
