import { useEffect, useState } from 'react';
import { type MinutesSummary } from '@palabre/shared';
import { readMinutes, summarize } from '@palabre/shared/minutes-model';
import type { MinutesProvider } from '../../minutes/minutes-provider';
import { MinutesSummaryView } from './MinutesSummaryView';

function summaryOf(provider: MinutesProvider): MinutesSummary {
  // In the meeting, its private parts are everyone's there: listed, and marked as private.
  return summarize(readMinutes(provider.doc, provider.state.meetingId ?? ''), { includePrivate: true });
}

/** The summary of the minutes being written, read again at most once a frame as they change. */
export function LiveSummary({ provider }: { provider: MinutesProvider }) {
  const [summary, setSummary] = useState(() => summaryOf(provider));
  useEffect(() => {
    let frame = 0;
    const changed = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setSummary(summaryOf(provider));
      });
    };
    changed();
    provider.doc.on('update', changed);
    return () => {
      provider.doc.off('update', changed);
      cancelAnimationFrame(frame);
    };
  }, [provider]);
  return <MinutesSummaryView summary={summary} />;
}
