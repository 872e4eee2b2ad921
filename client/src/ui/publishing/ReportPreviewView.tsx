import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingReport } from '@palabre/shared';

/** What will be published: the title, and the decisions, actions and open questions. */
export function ReportPreviewView({ report }: { report: MeetingReport }) {
  const { t, i18n } = useTranslation();
  const ids = { decisions: useId(), actions: useId(), questions: useId() };
  const dueText = (due: string) => {
    const date = new Date(`${due}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? due : new Intl.DateTimeFormat(i18n.resolvedLanguage ?? i18n.language, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  };
  return (
    <article className="report-preview" aria-label={t('publishing.review.preview')}>
      <h3 className="report-preview__title">{report.title}</h3>
      <p className="hint">
        {t('publishing.review.participants', { count: report.participants.count })}
        {report.participants.named.length > 0 && ` — ${report.participants.named.join(', ')}`}
      </p>

      <h4 id={ids.decisions}>{t('publishing.review.decisions')}</h4>
      {report.decisions.length === 0 ? (
        <p className="hint">{t('publishing.review.none')}</p>
      ) : (
        <ul aria-labelledby={ids.decisions}>
          {report.decisions.map((decision, index) => (
            <li key={index}>{decision.text}</li>
          ))}
        </ul>
      )}

      <h4 id={ids.actions}>{t('publishing.review.actions')}</h4>
      {report.actions.length === 0 ? (
        <p className="hint">{t('publishing.review.none')}</p>
      ) : (
        <ul aria-labelledby={ids.actions}>
          {report.actions.map((action, index) => (
            <li key={index}>
              {action.text}
              <span className="report-preview__meta">
                {[action.owner && t('publishing.review.owner', { owner: action.owner }), action.due && t('publishing.review.due', { date: dueText(action.due) })]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}

      <h4 id={ids.questions}>{t('publishing.review.questions')}</h4>
      {report.questions.length === 0 ? (
        <p className="hint">{t('publishing.review.none')}</p>
      ) : (
        <ul aria-labelledby={ids.questions}>
          {report.questions.map((question, index) => (
            <li key={index}>{question.text}</li>
          ))}
        </ul>
      )}
    </article>
  );
}
