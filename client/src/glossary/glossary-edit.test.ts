import { describe, expect, it } from 'vitest';
import { applyGlossaryChange, glossaryEntryProblem, sortedEntries } from './glossary-edit';

const glossary = {
  entries: [
    { term: 'CA', definition: 'Conseil d’administration' },
    { term: 'AG', definition: 'Assemblée générale' },
  ],
};

describe('applyGlossaryChange', () => {
  it('adds a new term at the end, trimmed', () => {
    const next = applyGlossaryChange(glossary, { kind: 'put', entry: { term: ' ODJ ', definition: ' Ordre du jour ' } });
    expect(next.entries.at(-1)).toEqual({ term: 'ODJ', definition: 'Ordre du jour' });
    expect(next.entries).toHaveLength(3);
  });

  it('replaces a term typed again, whatever its case', () => {
    const next = applyGlossaryChange(glossary, { kind: 'put', entry: { term: 'ca', definition: 'Collège' } });
    expect(next.entries).toEqual([{ term: 'ca', definition: 'Collège' }, glossary.entries[1]]);
  });

  it('renames a term in place', () => {
    const next = applyGlossaryChange(glossary, { kind: 'put', replaces: 'AG', entry: { term: 'AGO', definition: 'Assemblée ordinaire' } });
    expect(next.entries).toEqual([glossary.entries[0], { term: 'AGO', definition: 'Assemblée ordinaire' }]);
  });

  it('keeps a term someone else added meanwhile', () => {
    const theirs = applyGlossaryChange(glossary, { kind: 'put', entry: { term: 'ODJ', definition: 'Ordre du jour' } });
    const ours = applyGlossaryChange(theirs, { kind: 'remove', term: 'CA' });
    expect(ours.entries.map((entry) => entry.term)).toEqual(['AG', 'ODJ']);
  });
});

describe('glossaryEntryProblem', () => {
  it('asks for a term, then a definition', () => {
    expect(glossaryEntryProblem({ term: ' ', definition: '' })).toBe('term');
    expect(glossaryEntryProblem({ term: 'AG', definition: ' ' })).toBe('definition');
    expect(glossaryEntryProblem({ term: 'AG', definition: 'Assemblée' })).toBeNull();
  });
});

describe('sortedEntries', () => {
  it('sorts by term in the reader’s language', () => {
    expect(sortedEntries({ entries: [{ term: 'éthique', definition: '' }, { term: 'zèle', definition: '' }, { term: 'Agora', definition: '' }] }, 'fr').map((e) => e.term)).toEqual([
      'Agora',
      'éthique',
      'zèle',
    ]);
  });
});
