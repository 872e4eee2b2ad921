import { useCallback, useEffect, useState } from 'react';
import type { PublishingStatus, PublishTarget } from '@palabre/shared';
import { fetchPublishing, publishNow, retryDelivery } from '../../publishing/publishing-api';

/** Deliveries move on their own (review delay, retries): their status is read again this often. */
const POLL_MS = 3_000;

export interface RoomPublishing {
  status: PublishingStatus | null;
  /** Counts the answers: what depends on the reports' text (the preview) reloads when it changes. */
  revision: number;
  /** The last request failed (the poll goes on). */
  failed: boolean;
  publishNow(reportId: string): Promise<void>;
  retry(reportId: string, target: PublishTarget): Promise<void>;
}

/**
 * The room's reports and each one's deliveries, for its facilitators (every request carries the
 * room's secret), polled until `isDone` says nothing more is expected to move.
 */
export function useRoomPublishing(room: string, token: string, isDone: (status: PublishingStatus) => boolean): RoomPublishing {
  const [status, setStatus] = useState<PublishingStatus | null>(null);
  const [revision, setRevision] = useState(0);
  const [failed, setFailed] = useState(false);
  const done = status !== null && isDone(status);

  const take = useCallback((next: PublishingStatus) => {
    setStatus(next);
    setRevision((count) => count + 1);
    setFailed(false);
  }, []);

  useEffect(() => {
    if (done) return;
    const controller = new AbortController();
    const poll = () =>
      fetchPublishing(room, token, controller.signal).then(take, () => {
        if (!controller.signal.aborted) setFailed(true);
      });
    void poll();
    const timer = window.setInterval(() => void poll(), POLL_MS);
    return () => {
      controller.abort();
      window.clearInterval(timer);
    };
  }, [room, token, take, done]);

  const act = async (request: () => Promise<PublishingStatus>) => {
    try {
      take(await request());
    } catch {
      setFailed(true);
    }
  };

  return {
    status,
    revision,
    failed,
    publishNow: (reportId) => act(() => publishNow(room, token, reportId)),
    retry: (reportId, target) => act(() => retryDelivery(room, token, reportId, target)),
  };
}
