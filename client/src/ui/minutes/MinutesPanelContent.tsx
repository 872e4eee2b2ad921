import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStoreState } from '../../state/use-store';
import { LiveSummary } from './LiveSummary';
import { MinutesEditor } from './MinutesEditor';
import { MinutesPresence } from './MinutesPresence';
import { MinutesStatus } from './MinutesStatus';
import { useMinutesProvider } from './use-minutes-provider';

const VIEWS = ['write', 'summary'] as const;
type View = (typeof VIEWS)[number];

/**
 * The minutes panel's content, loaded on first opening (Yjs and TipTap are in this chunk). The
 * editor stays mounted while the summary is shown: its selection and undo history survive.
 */
export default function MinutesPanelContent() {
  const { t } = useTranslation();
  const provider = useMinutesProvider();
  const sync = useStoreState(provider.store);
  const [view, setView] = useState<View>('write');
  const baseId = useId();
  const tabs = useRef<Partial<Record<View, HTMLButtonElement | null>>>({});

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const next = view === 'write' ? 'summary' : 'write';
    setView(next);
    tabs.current[next]?.focus();
  };

  return (
    <div className="minutes-panel__content">
      <MinutesStatus state={sync} />
      <MinutesPresence awareness={provider.awareness} />
      <div className="minutes-tabs" role="tablist" aria-label={t('minutes.views')} onKeyDown={onKeyDown}>
        {VIEWS.map((candidate) => (
          <button
            key={candidate}
            ref={(element) => {
              tabs.current[candidate] = element;
            }}
            id={`${baseId}-${candidate}-tab`}
            type="button"
            role="tab"
            className="minutes-tabs__tab"
            aria-selected={view === candidate}
            aria-controls={`${baseId}-${candidate}`}
            tabIndex={view === candidate ? 0 : -1}
            onClick={() => setView(candidate)}
          >
            {t(`minutes.tabs.${candidate}`)}
          </button>
        ))}
      </div>
      {/* Nothing to edit before the first sync: the sections come from the server. */}
      {sync.meetingId !== null && (
        <>
          <div
            id={`${baseId}-write`}
            role="tabpanel"
            className="minutes-panel__view"
            aria-labelledby={`${baseId}-write-tab`}
            hidden={view !== 'write'}
          >
            <MinutesEditor key={sync.meetingId} provider={provider} />
          </div>
          <div
            id={`${baseId}-summary`}
            role="tabpanel"
            className="minutes-panel__view"
            aria-labelledby={`${baseId}-summary-tab`}
            hidden={view !== 'summary'}
          >
            {view === 'summary' && <LiveSummary provider={provider} />}
          </div>
        </>
      )}
    </div>
  );
}
