import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PUBLISH_TARGETS, type PublishingTargetsUpdate, type PublishingTargetsView } from '@palabre/shared';
import { ApiError } from '../../http/json-request';
import { fetchPublishing, saveTargets } from '../../publishing/publishing-api';
import { ArchiveLink } from './ArchiveLink';
import { TargetsForm } from './TargetsForm';

type Load = { status: 'loading' } | { status: 'ready'; targets: PublishingTargetsView } | { status: 'failed' };

/** Facilitators, on the room page: where the minutes are published after each meeting. */
export function PublishingSettings({ room, facilitatorToken }: { room: string; facilitatorToken: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    fetchPublishing(room, facilitatorToken, controller.signal).then(
      (status) => setLoad({ status: 'ready', targets: status.targets }),
      () => {
        if (!controller.signal.aborted) setLoad({ status: 'failed' });
      },
    );
    return () => controller.abort();
  }, [room, facilitatorToken]);

  const save = async (update: PublishingTargetsUpdate): Promise<string | null> => {
    try {
      const status = await saveTargets(room, facilitatorToken, update);
      setLoad({ status: 'ready', targets: status.targets });
      setEditing(false);
      setSaved(true);
      return null;
    } catch (error) {
      return error instanceof ApiError && error.code !== 'NETWORK' ? error.message : t('publishing.network');
    }
  };

  const targets = load.status === 'ready' ? load.targets : null;
  const active = targets ? PUBLISH_TARGETS.filter((target) => target === 'archive' || targets[target] !== null) : [];
  return (
    <section className="publishing-settings" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('publishing.settings.title')}</h2>
      {load.status === 'failed' && (
        <p className="notice" role="alert">
          {t('publishing.settings.failed')}
        </p>
      )}
      {targets && !editing && (
        <>
          <p>{t('publishing.settings.where')}</p>
          <ul className="publishing-settings__targets" aria-label={t('publishing.settings.targets')}>
            {active.map((target) => (
              <li key={target}>{t(`publishing.target.${target}`)}</li>
            ))}
          </ul>
          <p>
            <ArchiveLink room={room} />
          </p>
          {saved && (
            <p className="hint" role="status">
              {t('publishing.settings.saved')}
            </p>
          )}
          <div className="actions">
            <button
              type="button"
              className="button small"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('publishing.settings.edit')}
            </button>
          </div>
        </>
      )}
      {targets && editing && <TargetsForm targets={targets} onSave={save} onCancel={() => setEditing(false)} />}
    </section>
  );
}
