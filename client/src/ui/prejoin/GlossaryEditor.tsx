import { useCallback, useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { changeGlossary, fetchGlossary } from '../../glossary/glossary-api';
import { glossaryEntryProblem, sortedEntries, type GlossaryChange } from '../../glossary/glossary-edit';
import type { Glossary } from '../../schedule/schedule-types';

type Problem = 'load' | 'save' | 'term' | 'definition';

const PROBLEM_TEXT = {
  load: 'glossary.loadFailed',
  save: 'glossary.saveFailed',
  term: 'glossary.needTerm',
  definition: 'glossary.needDefinition',
} as const satisfies Record<Problem, string>;

/** The room's words, for newcomers; anyone with the link adds, corrects or removes one. */
export function GlossaryEditor({ room }: { room: string }) {
  const { t, i18n } = useTranslation();
  const [glossary, setGlossary] = useState<Glossary | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  /** The term being edited, null when the form adds a new one. */
  const [editing, setEditing] = useState<string | null>(null);
  const [term, setTerm] = useState('');
  const [definition, setDefinition] = useState('');
  const [saving, setSaving] = useState(false);
  const termId = useId();
  const definitionId = useId();
  const headingId = useId();
  const entries = useMemo(() => (glossary ? sortedEntries(glossary, i18n.resolvedLanguage ?? i18n.language) : []), [glossary, i18n.resolvedLanguage, i18n.language]);

  useEffect(() => {
    const controller = new AbortController();
    fetchGlossary(room, controller.signal)
      .then(setGlossary)
      .catch(() => {
        if (!controller.signal.aborted) setProblem('load');
      });
    return () => controller.abort();
  }, [room]);

  const apply = useCallback(
    async (change: GlossaryChange) => {
      setSaving(true);
      try {
        setGlossary(await changeGlossary(room, change));
        setProblem(null);
        return true;
      } catch {
        setProblem('save');
        return false;
      } finally {
        setSaving(false);
      }
    },
    [room],
  );

  const resetForm = () => {
    setEditing(null);
    setTerm('');
    setDefinition('');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = glossaryEntryProblem({ term, definition });
    if (missing) {
      setProblem(missing);
      return;
    }
    const saved = await apply({ kind: 'put', entry: { term, definition }, ...(editing !== null ? { replaces: editing } : {}) });
    if (saved) resetForm();
  };

  return (
    <section className="glossary" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('glossary.title')}</h3>
      {glossary?.entries.length === 0 && <p className="hint">{t('glossary.empty')}</p>}
      <ul className="glossary__list" aria-label={t('glossary.title')}>
        {entries.map((entry) => (
          <li key={entry.term} className="glossary__entry">
            <span className="glossary__text">
              <strong>{entry.term}</strong>
              {entry.definition && ` : ${entry.definition}`}
            </span>
            <span className="glossary__actions">
              <button
                type="button"
                className="button small ghost"
                aria-label={t('glossary.editTerm', { term: entry.term })}
                onClick={() => {
                  setEditing(entry.term);
                  setTerm(entry.term);
                  setDefinition(entry.definition);
                }}
              >
                {t('glossary.edit')}
              </button>
              <button
                type="button"
                className="button small ghost danger"
                aria-label={t('glossary.removeTerm', { term: entry.term })}
                disabled={saving}
                onClick={() => void apply({ kind: 'remove', term: entry.term })}
              >
                {t('glossary.remove')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      {problem && (
        <p className="notice" role="alert">
          {t(PROBLEM_TEXT[problem])}
        </p>
      )}
      <form className="glossary__form" onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor={termId}>{t('glossary.term')}</label>
          <input id={termId} type="text" value={term} maxLength={80} onChange={(event) => setTerm(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={definitionId}>{t('glossary.definition')}</label>
          <textarea id={definitionId} value={definition} maxLength={1000} rows={2} onChange={(event) => setDefinition(event.target.value)} />
        </div>
        <div className="actions">
          <button type="submit" className="button small" disabled={saving}>
            {editing === null ? t('glossary.add') : t('glossary.save')}
          </button>
          {editing !== null && (
            <button type="button" className="button small ghost" onClick={resetForm}>
              {t('glossary.cancelEdit')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
