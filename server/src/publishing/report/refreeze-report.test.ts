import { describe, expect, it } from 'vitest';
import { PRIVATE_WORDS, sampleMinutes, sampleReport } from '../../test-support/publishing.js';
import { refreezeReport } from './refreeze-report.js';
import { reportLabels } from './report-labels.js';

describe('refreezeReport', () => {
  const frozen = sampleReport();
  const agendaNow = [
    // As stored now: the spent times differ from what was frozen (they must not count).
    { id: 'budget', title: 'Budget', durationMinutes: 99, spentMs: 1 },
    { id: 'conflict', title: 'SECRET-ITEM-TITLE', durationMinutes: 10, spentMs: 1 },
    { id: 'party', title: 'Fête', durationMinutes: null, spentMs: 1 },
  ];

  it('takes the text from the minutes as they are now, and keeps the facts frozen at the end', () => {
    const minutes = sampleMinutes();
    const budget = minutes.sections.find((section) => section.itemId === 'budget')!;
    budget.blocks = budget.blocks.map((block) => (block.type === 'decision' ? { ...block, text: 'Adopter le budget 2027' } : block));

    const report = refreezeReport(frozen, { minutes, agenda: agendaNow, labels: reportLabels.en });

    expect(report.decisions.map((decision) => decision.text)).toEqual(['Adopter le budget 2027']);
    expect(report.items.find((item) => item.title === 'Budget')?.notes).toContainEqual(expect.objectContaining({ type: 'decision', text: 'Adopter le budget 2027' }));
    const { items, decisions, ...facts } = report;
    const { items: frozenItems, decisions: _frozenDecisions, ...frozenFacts } = frozen;
    expect(facts).toEqual(frozenFacts);
    expect(items.map((item) => [item.title, item.plannedMinutes, item.spentMs])).toEqual(frozenItems.map((item) => [item.title, item.plannedMinutes, item.spentMs]));
  });

  it('gives the same report when nothing was corrected, private parts still left out', () => {
    const report = refreezeReport(frozen, { minutes: sampleMinutes(), agenda: agendaNow, labels: reportLabels.en });
    expect(report).toEqual(frozen);
    for (const word of PRIVATE_WORDS) expect(JSON.stringify(report)).not.toContain(word);
  });
});
