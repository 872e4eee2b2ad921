import { useTranslation } from 'react-i18next';
import type { DeliveryStatus, PublishTarget } from '@palabre/shared';
import { canRetry } from '../../publishing/report-review';

/** Each target's delivery: where it was published, why it is retrying or gave up, and "Retry". */
export function DeliveryList({ deliveries, onRetry }: { deliveries: DeliveryStatus[]; onRetry(target: PublishTarget): void }) {
  const { t, i18n } = useTranslation();
  const timeText = (at: number) => new Intl.DateTimeFormat(i18n.resolvedLanguage ?? i18n.language, { timeStyle: 'short' }).format(at);
  return (
    <ul className="deliveries" aria-label={t('publishing.review.targets')}>
      {deliveries.map((delivery) => {
        const target = t(`publishing.target.${delivery.target}`);
        return (
          <li key={delivery.target} className={`delivery delivery--${delivery.state}`} aria-label={target}>
            <span className="delivery__target">{target}</span>
            <span className="delivery__state">{t(`publishing.state.${delivery.state}`)}</span>
            {delivery.state === 'published' && delivery.url && (
              <a className="delivery__link" href={delivery.url}>
                {t('publishing.review.open', { target })}
              </a>
            )}
            {delivery.lastError && delivery.state !== 'published' && <span className="delivery__reason">{delivery.lastError}</span>}
            {delivery.state === 'retrying' && delivery.nextAttemptAt !== null && (
              <span className="delivery__next">{t('publishing.review.nextAttempt', { time: timeText(delivery.nextAttemptAt) })}</span>
            )}
            {canRetry(delivery) && (
              <button type="button" className="button small" onClick={() => onRetry(delivery.target)}>
                {t('publishing.review.retry')}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
