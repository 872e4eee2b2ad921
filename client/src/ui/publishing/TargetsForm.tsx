import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublishingTargetsUpdate, PublishingTargetsView } from '@palabre/shared';
import { draftFromView, updateFromDraft, type TargetProblem, type TargetsDraft } from '../../publishing/targets-draft';
import { DiscourseFields, MediaWikiFields, WebhookFields } from './TargetFields';

interface TargetsFormProps {
  targets: PublishingTargetsView;
  /** Saves; resolves with the reason when the server refused, null when saved. */
  onSave(update: PublishingTargetsUpdate): Promise<string | null>;
  onCancel(): void;
}

/** Where else than the archive the minutes go: a MediaWiki, a Discourse, a webhook. */
export function TargetsForm({ targets, onSave, onCancel }: TargetsFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<TargetsDraft>(() => draftFromView(targets));
  const [problem, setProblem] = useState<TargetProblem | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const messageId = useId();

  const change =
    <K extends keyof TargetsDraft>(target: K) =>
    (part: Partial<TargetsDraft[K]>) =>
      setDraft((current) => ({ ...current, [target]: { ...current[target], ...part } }));
  const problemOf = (target: keyof TargetsDraft) => (problem?.target === target ? { field: problem.field, messageId } : null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = updateFromDraft(draft, targets);
    setRefusal(null);
    if (!checked.ok) {
      setProblem(checked.problem);
      return;
    }
    setProblem(null);
    setSaving(true);
    try {
      setRefusal(await onSave(checked.update));
    } finally {
      setSaving(false);
    }
  };

  const fieldLabel = problem ? t(`publishing.targets.${problem.field}`, { defaultValue: problem.field }) : '';
  return (
    <form className="publishing-targets-form" onSubmit={(event) => void submit(event)} noValidate aria-label={t('publishing.targets.formTitle')}>
      <p className="hint">{t('publishing.targets.archiveAlways')}</p>
      <MediaWikiFields draft={draft.mediawiki} onChange={change('mediawiki')} secretSet={targets.mediawiki !== null} problem={problemOf('mediawiki')} />
      <DiscourseFields draft={draft.discourse} onChange={change('discourse')} secretSet={targets.discourse !== null} problem={problemOf('discourse')} />
      <WebhookFields draft={draft.webhook} onChange={change('webhook')} secretSet={targets.webhook !== null} problem={problemOf('webhook')} />
      {problem && (
        <p id={messageId} className="error" role="alert">
          {t('publishing.targets.invalid', { target: t(`publishing.target.${problem.target}`), field: fieldLabel })}
        </p>
      )}
      {refusal && (
        <p className="error" role="alert">
          {t('publishing.targets.refused', { reason: refusal })}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button primary small" disabled={saving}>
          {t('publishing.targets.save')}
        </button>
        <button type="button" className="button small" onClick={onCancel}>
          {t('publishing.targets.cancel')}
        </button>
      </div>
    </form>
  );
}
