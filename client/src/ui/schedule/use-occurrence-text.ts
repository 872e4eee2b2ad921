import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { describeOccurrence, type OccurrenceText } from '../../schedule/occurrence-format';
import type { Occurrence } from '../../schedule/schedule-types';
import { browserTimeZone } from '../../schedule/zoned-date';

/** Formats occurrences in the viewer's language and zone, naming the series' zone if it differs. */
export function useOccurrenceText(seriesZone: string): (occurrence: Pick<Occurrence, 'start' | 'end'>) => OccurrenceText {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return useCallback(
    (occurrence) => describeOccurrence(occurrence, { locale, viewerZone: browserTimeZone(), seriesZone }),
    [locale, seriesZone],
  );
}
