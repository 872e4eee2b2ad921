import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MinutesSummary } from '@palabre/shared';
import { formatDue, outcomeText } from '../../minutes/summary-format';

/**
 * Every decision, action and open question of a meeting, section by section. Used live in the
 * call (private entries included, and marked) and in the history (where none are left).
 */
export function MinutesSummaryView({ summary }: { summary: MinutesSummary }) {
  const { t, i18n } = useTranslation();
  const section = (title: string) => title || t('minutes.general');
  return (
    <div className="minutes-summary">
      <SummaryGroup title={t('minutes.summary.decisions')} count={summary.decisions.length}>
        {summary.decisions.map((decision, index) => {
          const outcome = outcomeText(decision.outcome);
          return (
            <SummaryItem key={index} isPrivate={decision.private} section={section(decision.sectionTitle)}>
              <span className="minutes-summary__text">{decision.text}</span>
              {outcome && <span className="minutes-summary__detail">{t(outcome.key, outcome.values ?? {})}</span>}
            </SummaryItem>
          );
        })}
      </SummaryGroup>
      <SummaryGroup title={t('minutes.summary.actions')} count={summary.actions.length}>
        {summary.actions.map((action, index) => (
          <SummaryItem key={index} isPrivate={action.private} section={section(action.sectionTitle)}>
            <span className="minutes-summary__text">{action.text}</span>
            <span className="minutes-summary__detail">
              {action.owner ? t('minutes.summary.owner', { name: action.owner }) : t('minutes.summary.noOwner')}
              {action.due && (
                <>
                  {' · '}
                  {t('minutes.summary.due')} <time dateTime={action.due}>{formatDue(action.due, i18n.language)}</time>
                </>
              )}
              {action.done && ` · ${t('minutes.done')}`}
            </span>
          </SummaryItem>
        ))}
      </SummaryGroup>
      <SummaryGroup title={t('minutes.summary.questions')} count={summary.questions.length}>
        {summary.questions.map((question, index) => (
          <SummaryItem key={index} isPrivate={question.private} section={section(question.sectionTitle)}>
            <span className="minutes-summary__text">{question.text}</span>
          </SummaryItem>
        ))}
      </SummaryGroup>
    </div>
  );
}

function SummaryGroup({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="minutes-summary__group" aria-labelledby={headingId}>
      <h3 id={headingId} className="minutes-summary__title">
        {title}
      </h3>
      {count === 0 ? (
        <p className="hint">{t('minutes.summary.none')}</p>
      ) : (
        <ul className="minutes-summary__list" aria-labelledby={headingId}>
          {children}
        </ul>
      )}
    </section>
  );
}

function SummaryItem({ isPrivate, section, children }: { isPrivate: boolean; section: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <li className={isPrivate ? 'minutes-summary__item minutes-summary__item--private' : 'minutes-summary__item'}>
      {children}
      <span className="minutes-summary__section">
        {section}
        {isPrivate && ` · ${t('minutes.privateMark')}`}
      </span>
    </li>
  );
}
