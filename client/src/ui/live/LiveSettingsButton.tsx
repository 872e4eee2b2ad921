import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { rtmpUrlSchema, type LiveMode, type LiveSettingsView } from '@palabre/shared';
import { useMeetingState, useSession } from '../../app/session-context';
import { isFacilitator } from '../../facilitation/meeting-selectors';

/**
 * Facilitators: how the room is streamed, saved for every later stream of the room. The cheap
 * "speaker only" mode and the RTMP ingest (PeerTube, Owncast...) live here so that "Go live"
 * stays one click. The ingest URL is write-only: it holds a stream key, the server never sends it.
 */
export function LiveSettingsButton() {
  const { t } = useTranslation();
  const session = useSession();
  const meeting = useMeetingState();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [saved, setSaved] = useState<LiveSettingsView | null>(null);
  const [mode, setMode] = useState<LiveMode>('composite');
  const [rtmpUrl, setRtmpUrl] = useState('');
  const [removeIngest, setRemoveIngest] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!isFacilitator(meeting)) return null;

  const open = async () => {
    setError(null);
    setRtmpUrl('');
    setRemoveIngest(false);
    dialog.current?.showModal();
    try {
      const settings = await session.live.settings();
      setSaved(settings);
      setMode(settings.mode);
    } catch {
      setError(t('liveSettings.loadFailed'));
    }
  };
  const urlValid = rtmpUrl.trim() === '' || rtmpUrlSchema.safeParse(rtmpUrl).success;
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!urlValid) return;
    try {
      const url = removeIngest ? null : rtmpUrl.trim() === '' ? undefined : rtmpUrl.trim();
      setSaved(await session.live.configure(mode, url));
      dialog.current?.close();
    } catch {
      setError(t('liveSettings.saveFailed'));
    }
  };

  return (
    <>
      {/* Icon only, next to "Go live": the control bar must hold on one line at 1280 px. */}
      <button
        type="button"
        className="control control--feature control--compact"
        title={t('liveSettings.button')}
        onClick={() => void open()}
      >
        <span className="control__icon-settings" aria-hidden="true">⚙</span>
        <span className="visually-hidden">{t('liveSettings.button')}</span>
      </button>
      <dialog ref={dialog} className="confirm-dialog live-settings" aria-labelledby={titleId}>
        <form onSubmit={(event) => void save(event)}>
          <h2 id={titleId} className="confirm-dialog__question">
            {t('liveSettings.title')}
          </h2>
          <fieldset>
            <legend>{t('liveSettings.modeLegend')}</legend>
            <label>
              <input type="radio" name="live-mode" checked={mode === 'composite'} onChange={() => setMode('composite')} />
              {t('liveSettings.composite')}
            </label>
            <label>
              <input type="radio" name="live-mode" checked={mode === 'speaker'} onChange={() => setMode('speaker')} />
              {t('liveSettings.speaker')}
            </label>
          </fieldset>
          <label className="live-settings__url">
            {t('liveSettings.rtmpLabel')}
            <input
              type="url"
              value={rtmpUrl}
              placeholder="rtmp://…"
              autoComplete="off"
              aria-invalid={!urlValid || undefined}
              disabled={removeIngest}
              onChange={(event) => setRtmpUrl(event.target.value)}
            />
          </label>
          <p className="live-settings__hint">{saved ? t(`liveSettings.rtmp.${saved.rtmp}`) : ''}</p>
          {saved?.rtmp === 'room' && (
            <label>
              <input type="checkbox" checked={removeIngest} onChange={(event) => setRemoveIngest(event.target.checked)} />
              {t('liveSettings.removeIngest')}
            </label>
          )}
          {error && <p role="alert">{error}</p>}
          <div className="actions">
            <button type="submit" className="button primary" disabled={!urlValid}>
              {t('liveSettings.save')}
            </button>
            <button type="button" className="button" onClick={() => dialog.current?.close()}>
              {t('liveSettings.cancel')}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
