import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MinutesProvider } from '../../minutes/minutes-provider';
import { reviewConnection, whenSaved, type ReviewConnection, type ReviewTarget } from '../../publishing/review-minutes';
import { useStoreState } from '../../state/use-store';
import { MinutesEditor } from '../minutes/MinutesEditor';
import { MinutesStatus } from '../minutes/MinutesStatus';

/** While the server cannot be reached, sync again this often (the edits wait here meanwhile). */
const RETRY_MS = 3_000;

interface ReviewMinutesEditorProps extends ReviewTarget {
  /** Given a way to wait until every correction is stored (null when the editor goes). */
  onSaver(saver: (() => Promise<void>) | null): void;
}

/**
 * The call's minutes editor on a report in review: its Y.Doc synced over HTTP (see
 * review-minutes.ts). Loaded on demand, like the call's minutes panel (Yjs and TipTap are in
 * this chunk).
 */
export default function ReviewMinutesEditor({ room, token, reportId, onSaver }: ReviewMinutesEditorProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<{ provider: MinutesProvider; connection: ReviewConnection } | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  // Made in an effect (not during render) so that React's double run in development closes the first.
  useEffect(() => {
    const connection = reviewConnection({ room, token, reportId }, setRefusal);
    const provider = new MinutesProvider(connection);
    setEditing({ provider, connection });
    provider.joined();
    return () => {
      provider.close();
      setEditing(null);
    };
  }, [room, token, reportId]);

  useEffect(() => {
    if (!editing) return;
    onSaver(() => whenSaved(editing.provider, editing.connection));
    return () => onSaver(null);
  }, [editing, onSaver]);

  if (!editing) return null;
  return <ReviewEditing provider={editing.provider} refusal={refusal} hint={t('publishing.review.correctHint')} />;
}

function ReviewEditing({ provider, refusal, hint }: { provider: MinutesProvider; refusal: string | null; hint: string }) {
  const { t } = useTranslation();
  const sync = useStoreState(provider.store);

  // Offline: the edits are kept; try again now and then, unless the server said no.
  useEffect(() => {
    if (sync.status !== 'offline' || refusal) return;
    const timer = window.setTimeout(() => provider.joined(), RETRY_MS);
    return () => window.clearTimeout(timer);
  }, [provider, sync.status, refusal]);

  return (
    <div className="review-minutes">
      <p className="hint">{hint}</p>
      <MinutesStatus state={sync} />
      {refusal && (
        <p className="notice" role="alert">
          {t('publishing.review.refused', { reason: refusal })}
        </p>
      )}
      {sync.meetingId !== null && <MinutesEditor key={sync.meetingId} provider={provider} />}
    </div>
  );
}
