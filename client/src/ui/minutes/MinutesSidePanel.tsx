import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

// Yjs, TipTap and ProseMirror load when the minutes are first opened, not when a call starts.
const MinutesPanelContent = lazy(() => import('./MinutesPanelContent'));

/**
 * The minutes beside the videos. Kept in the page while closed (hidden) so the toggle's
 * aria-controls points at it, and its content stays mounted once loaded: the sync goes on and
 * the editor keeps its place. It can be widened for writing at length.
 */
export function MinutesSidePanel({ id, open }: { id: string; open: boolean }) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState(open);
  const [wide, setWide] = useState(false);
  if (open && !loaded) setLoaded(true);

  return (
    <aside id={id} className={wide ? 'minutes-panel minutes-panel--wide' : 'minutes-panel'} hidden={!open} aria-label={t('minutes.panel')}>
      <div className="minutes-panel__header">
        <h2 className="minutes-panel__title">{t('minutes.title')}</h2>
        <button type="button" className="button small minutes-panel__widen" aria-pressed={wide} onClick={() => setWide(!wide)}>
          {t('minutes.widen')}
        </button>
      </div>
      {loaded && (
        <Suspense fallback={<p className="hint">{t('minutes.status.loading')}</p>}>
          <MinutesPanelContent />
        </Suspense>
      )}
    </aside>
  );
}
