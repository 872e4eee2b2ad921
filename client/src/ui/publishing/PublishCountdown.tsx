import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clockText, secondsUntil } from '../../publishing/report-review';

/** The time left before the report is published by itself, ticking each second. */
export function PublishCountdown({ publishAt }: { publishAt: number }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1_000);
    return () => window.clearInterval(timer);
  }, []);
  const left = secondsUntil(publishAt, now);
  // Read out once, not every second: the text changes but is not a live region.
  return (
    <p className="publish-countdown">
      {t('publishing.review.timeLeft')}{' '}
      <time dateTime={`PT${left}S`} className="publish-countdown__clock">
        {clockText(left)}
      </time>
    </p>
  );
}
