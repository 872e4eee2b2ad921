import { useCallback, useEffect, useState } from 'react';
import { fetchSchedule } from '../../schedule/schedule-api';
import type { ScheduleResponse } from '../../schedule/schedule-types';

export type ScheduleLoad = { status: 'loading' } | { status: 'ready'; data: ScheduleResponse } | { status: 'failed' };

/** The room's series, upcoming meetings and last meeting's loose ends; `reload` after a change. */
export function useRoomSchedule(room: string): { load: ScheduleLoad; reload(): Promise<void> } {
  const [load, setLoad] = useState<ScheduleLoad>({ status: 'loading' });

  const fetchNow = useCallback(
    async (signal?: AbortSignal) => {
      try {
        const data = await fetchSchedule(room, signal);
        setLoad({ status: 'ready', data });
      } catch {
        // A reload that fails keeps what is shown; only a first load shows the failure.
        if (!signal?.aborted) setLoad((current) => (current.status === 'ready' ? current : { status: 'failed' }));
      }
    },
    [room],
  );

  useEffect(() => {
    const controller = new AbortController();
    void fetchNow(controller.signal);
    return () => controller.abort();
  }, [fetchNow]);

  return { load, reload: fetchNow };
}
