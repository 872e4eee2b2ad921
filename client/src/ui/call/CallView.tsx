import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCallState } from '../../app/session-context';
import { selectRemoteAudio, selectTiles } from '../../call/tiles';
import { PageHeader } from '../common/PageHeader';
import { CallControls } from './CallControls';
import { CallStatus } from './CallStatus';
import { CaptureNotice } from './CaptureNotice';
import { CopyLinkButton } from './CopyLinkButton';
import { EnableSound, RemoteAudio } from './RemoteAudio';
import { TileGrid } from './TileGrid';

export function CallView({ room }: { room: string }) {
  const { t } = useTranslation();
  const state = useCallState();
  const tiles = useMemo(() => selectTiles(state), [state]);
  const audio = useMemo(() => selectRemoteAudio(state), [state]);

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
      <main className="call__stage">
        <TileGrid tiles={tiles} />
      </main>
      <CallControls />
      <div hidden>
        {audio.map((media) => (
          <RemoteAudio key={media.consumerId} trackId={media.trackId} />
        ))}
      </div>
    </div>
  );
}
