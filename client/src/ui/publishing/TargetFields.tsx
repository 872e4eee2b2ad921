import { useTranslation } from 'react-i18next';
import { PAGE_TITLE_PLACEHOLDERS } from '@palabre/shared';
import type { DiscourseDraft, MediaWikiDraft, WebhookDraft } from '../../publishing/targets-draft';
import { SecretField, TargetField } from './TargetField';
import { TargetFieldset } from './TargetFieldset';

interface FieldsProps<D> {
  draft: D;
  onChange(change: Partial<D>): void;
  /** Whether the server holds a secret for this target already. */
  secretSet: boolean;
  /** The field the save was refused for, and the id of the message that says why. */
  problem: { field: string; messageId: string } | null;
}

const problemFor = (problem: FieldsProps<unknown>['problem'], field: string) => (problem?.field === field ? problem.messageId : undefined);

export function MediaWikiFields({ draft, onChange, secretSet, problem }: FieldsProps<MediaWikiDraft>) {
  const { t } = useTranslation();
  return (
    <TargetFieldset legend={t('publishing.target.mediawiki')} enabled={draft.enabled} onEnabled={(enabled) => onChange({ enabled })}>
      <TargetField label={t('publishing.targets.apiUrl')} type="url" inputMode="url" placeholder="https://wiki.example.org/w/api.php" value={draft.apiUrl} onChange={(apiUrl) => onChange({ apiUrl })} problemId={problemFor(problem, 'apiUrl')} />
      <TargetField label={t('publishing.targets.username')} value={draft.username} autoComplete="off" onChange={(username) => onChange({ username })} hint={t('publishing.targets.usernameHint')} problemId={problemFor(problem, 'username')} />
      <SecretField label={t('publishing.targets.botPassword')} value={draft.botPassword} onChange={(botPassword) => onChange({ botPassword })} isSet={secretSet} problemId={problemFor(problem, 'botPassword')} />
      <TargetField
        label={t('publishing.targets.pageTitlePattern')}
        value={draft.pageTitlePattern}
        onChange={(pageTitlePattern) => onChange({ pageTitlePattern })}
        hint={t('publishing.targets.pageTitleHint', { placeholders: PAGE_TITLE_PLACEHOLDERS.join(' ') })}
        problemId={problemFor(problem, 'pageTitlePattern')}
      />
      <TargetField label={t('publishing.targets.indexPage')} value={draft.indexPage} onChange={(indexPage) => onChange({ indexPage })} hint={t('publishing.targets.indexPageHint')} problemId={problemFor(problem, 'indexPage')} />
    </TargetFieldset>
  );
}

export function DiscourseFields({ draft, onChange, secretSet, problem }: FieldsProps<DiscourseDraft>) {
  const { t } = useTranslation();
  return (
    <TargetFieldset legend={t('publishing.target.discourse')} enabled={draft.enabled} onEnabled={(enabled) => onChange({ enabled })}>
      <TargetField label={t('publishing.targets.baseUrl')} type="url" inputMode="url" placeholder="https://forum.example.org" value={draft.baseUrl} onChange={(baseUrl) => onChange({ baseUrl })} problemId={problemFor(problem, 'baseUrl')} />
      <SecretField label={t('publishing.targets.apiKey')} value={draft.apiKey} onChange={(apiKey) => onChange({ apiKey })} isSet={secretSet} problemId={problemFor(problem, 'apiKey')} />
      <TargetField label={t('publishing.targets.apiUsername')} value={draft.apiUsername} autoComplete="off" onChange={(apiUsername) => onChange({ apiUsername })} problemId={problemFor(problem, 'apiUsername')} />
      <fieldset className="publishing-target__place">
        <legend>{t('publishing.targets.place')}</legend>
        <label className="checkbox">
          <input type="radio" name="discourse-place" checked={draft.place === 'category'} onChange={() => onChange({ place: 'category' })} />
          {t('publishing.targets.placeCategory')}
        </label>
        <label className="checkbox">
          <input type="radio" name="discourse-place" checked={draft.place === 'topic'} onChange={() => onChange({ place: 'topic' })} />
          {t('publishing.targets.placeTopic')}
        </label>
      </fieldset>
      <TargetField
        label={draft.place === 'category' ? t('publishing.targets.categoryId') : t('publishing.targets.topicId')}
        inputMode="numeric"
        pattern="[0-9]*"
        value={draft.placeId}
        onChange={(placeId) => onChange({ placeId })}
        problemId={problemFor(problem, 'placeId')}
      />
    </TargetFieldset>
  );
}

export function WebhookFields({ draft, onChange, secretSet, problem }: FieldsProps<WebhookDraft>) {
  const { t } = useTranslation();
  return (
    <TargetFieldset legend={t('publishing.target.webhook')} enabled={draft.enabled} onEnabled={(enabled) => onChange({ enabled })}>
      <TargetField label={t('publishing.targets.url')} type="url" inputMode="url" placeholder="https://example.org/palabre-hook" value={draft.url} onChange={(url) => onChange({ url })} problemId={problemFor(problem, 'url')} />
      <SecretField label={t('publishing.targets.secret')} value={draft.secret} onChange={(secret) => onChange({ secret })} isSet={secretSet} problemId={problemFor(problem, 'secret')} />
    </TargetFieldset>
  );
}
