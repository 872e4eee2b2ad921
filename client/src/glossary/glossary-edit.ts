import type { Glossary } from '../schedule/schedule-types';

export type GlossaryEntry = Glossary['entries'][number];

/**
 * One person's change to the glossary. Applied to the glossary as the server has it just before
 * saving (not to what this page loaded minutes ago), so two people adding terms at the same
 * time both keep theirs.
 */
export type GlossaryChange =
  | { kind: 'put'; entry: GlossaryEntry; /** The term it replaces, when editing one. */ replaces?: string }
  | { kind: 'remove'; term: string };

const sameTerm = (a: string, b: string) => a.trim().localeCompare(b.trim(), undefined, { sensitivity: 'base' }) === 0;

export function applyGlossaryChange(glossary: Glossary, change: GlossaryChange): Glossary {
  switch (change.kind) {
    case 'remove':
      return { entries: glossary.entries.filter((entry) => !sameTerm(entry.term, change.term)) };
    case 'put': {
      const entry = { term: change.entry.term.trim(), definition: change.entry.definition.trim() };
      // Editing a term (or adding one that is already there) replaces it where it stands.
      const replaced = [change.replaces, entry.term].filter((term): term is string => term !== undefined);
      const index = glossary.entries.findIndex((existing) => replaced.some((term) => sameTerm(existing.term, term)));
      const others = glossary.entries.filter((existing) => !replaced.some((term) => sameTerm(existing.term, term)));
      if (index === -1) return { entries: [...others, entry] };
      const position = Math.min(index, others.length);
      return { entries: [...others.slice(0, position), entry, ...others.slice(position)] };
    }
  }
}

/** What the form is missing, if anything. */
export function glossaryEntryProblem(entry: GlossaryEntry): 'term' | 'definition' | null {
  if (entry.term.trim() === '') return 'term';
  if (entry.definition.trim() === '') return 'definition';
  return null;
}

/** Alphabetical, in the reader's language. */
export function sortedEntries(glossary: Glossary, language: string): GlossaryEntry[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  return [...glossary.entries].sort((a, b) => collator.compare(a.term, b.term));
}
