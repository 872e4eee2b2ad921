import { useEffect, useState } from 'react';
import type { ReportPreview } from '@palabre/shared';
import { fetchPreview } from '../../publishing/publishing-api';

/**
 * What would be published now (with the corrections made so far), loaded again whenever
 * `refresh` changes; null until the first answer.
 */
export function useReportPreview(room: string, token: string, reportId: string, refresh: number): { preview: ReportPreview | null; failed: boolean } {
  const [preview, setPreview] = useState<ReportPreview | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    fetchPreview(room, token, reportId, controller.signal).then(
      (loaded) => {
        setPreview(loaded);
        setFailed(false);
      },
      () => {
        if (!controller.signal.aborted) setFailed(true);
      },
    );
    return () => controller.abort();
  }, [room, token, reportId, refresh]);
  return { preview, failed };
}
