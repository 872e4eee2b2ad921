import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCallState } from '../../app/session-context';
import { selectRemoteAudio, selectStage } from '../../call/tiles';
import { PageHeader } from '../common/PageHeader';
import { CallControls } from './CallControls';
import { CallStatus } from './CallStatus';
import { CaptureNotice } from './CaptureNotice';
import { CopyLinkButton } from './CopyLinkButton';
import { GridToolbar } from './GridToolbar';
import { ParticipantPanel } from './ParticipantPanel';
import { EnableSound, RemoteAudio } from './RemoteAudio';
import { TileGrid } from './TileGrid';

export function CallView({ room }: { room: string }) {
  const { t } = useTranslation();
  const state = useCallState();
  const stage = useMemo(() => selectStage(state), [state]);
  // Audio of everyone, on every page and in every video mode.
  const audio = useMemo(() => selectRemoteAudio(state), [state]);
  const [panelOpen, setPanelOpen] = useState(false);
  const panelId = useId();
  // Ourselves last: the first place belongs to the speaker.
  const cameras = useMemo(() => [...stage.page, stage.self], [stage]);

  return (
    <div className="page call">
      <PageHeader linkHome={false}>
        <span className="call__room">{room}</span>
        <span className="call__count">{t('call.participants', { count: state.peers.length + 1 })}</span>
        <CopyLinkButton />
      </PageHeader>
      <CallStatus />
      <CaptureNotice />
      {state.audioBlocked && <EnableSound />}
      <div className="call__body">
        <main className="call__main">
          <GridToolbar stage={stage} grid={state.grid} />
          <div className={stage.screens.length > 0 ? 'call__stage call__stage--sharing' : 'call__stage'}>
            {stage.screens.length > 0 && <TileGrid tiles={stage.screens} label={t('call.screens')} variant="spotlight" />}
            <TileGrid tiles={cameras} label={t('call.grid')} />
          </div>
        </main>
        <ParticipantPanel id={panelId} open={panelOpen} />
      </div>
      <CallControls panel={{ id: panelId, open: panelOpen, toggle: () => setPanelOpen((open) => !open) }} />
      <div hidden>
        {audio.map((media) => (
          <RemoteAudio key={media.consumerId} trackId={media.trackId} />
        ))}
      </div>
    </div>
  );
}
