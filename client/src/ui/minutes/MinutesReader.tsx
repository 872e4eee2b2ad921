import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MinutesBlock, MinutesHistoryDetail } from '@palabre/shared';
import { formatDue, outcomeText } from '../../minutes/summary-format';
import { MinutesSummaryView } from './MinutesSummaryView';

/** One past meeting's minutes, read-only: the summary first, then everything section by section. */
export function MinutesReader({ detail }: { detail: MinutesHistoryDetail }) {
  const { t } = useTranslation();
  const summaryId = useId();
  const fullId = useId();
  const sections = detail.minutes.sections.filter((section) => section.blocks.length > 0);
  return (
    <article className="minutes-read">
      <section aria-labelledby={summaryId}>
        <h2 id={summaryId}>{t('minutes.history.summary')}</h2>
        <MinutesSummaryView summary={detail.summary} />
      </section>
      <section aria-labelledby={fullId}>
        <h2 id={fullId}>{t('minutes.history.full')}</h2>
        {sections.length === 0 && <p className="hint">{t('minutes.history.emptyMinutes')}</p>}
        {sections.map((section) => (
          <section key={section.itemId} className="minutes-read__section">
            <h3>{section.title || t('minutes.general')}</h3>
            {section.blocks.map((block, index) => (
              <ReadBlock key={index} block={block} />
            ))}
          </section>
        ))}
      </section>
    </article>
  );
}

function ReadBlock({ block }: { block: MinutesBlock }) {
  const { t, i18n } = useTranslation();
  switch (block.type) {
    case 'note':
      return <p className="minutes-read__block">{block.text}</p>;
    case 'decision': {
      const outcome = outcomeText(block.outcome);
      return (
        <p className="minutes-read__block minutes-block minutes-block--decision">
          <strong>{t('minutes.history.labelled', { label: t('minutes.decision') })} </strong>
          {block.text}
          {outcome && ` (${t(outcome.key, outcome.values ?? {})})`}
        </p>
      );
    }
    case 'action':
      return (
        <p className="minutes-read__block minutes-block minutes-block--action">
          <strong>{t('minutes.history.labelled', { label: t('minutes.action') })} </strong>
          {block.text}
          {block.owner && ` · ${t('minutes.summary.owner', { name: block.owner })}`}
          {block.due && ` · ${t('minutes.summary.due')} ${formatDue(block.due, i18n.language)}`}
          {block.done && ` · ${t('minutes.done')}`}
        </p>
      );
    case 'question':
      return (
        <p className="minutes-read__block minutes-block minutes-block--question">
          <strong>{t('minutes.history.labelled', { label: t('minutes.question') })} </strong>
          {block.text}
        </p>
      );
  }
}
