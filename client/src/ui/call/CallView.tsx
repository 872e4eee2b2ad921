import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCallState } from '../../app/session-context';
import { selectRemoteAudio, selectStage } from '../../call/tiles';
import { PageHeader } from '../common/PageHeader';
import { CopyFacilitatorLinkButton } from '../meeting/CopyFacilitatorLinkButton';
import { CurrentItemBar } from '../meeting/CurrentItemBar';
import { MeetingAnnouncer } from '../meeting/MeetingAnnouncer';
import { MeetingNotice } from '../meeting/MeetingNotice';
import { MeetingPanel } from '../meeting/MeetingPanel';
import { NARROW_SCREEN } from '../meeting/use-media-query';
import { MinutesSidePanel } from '../minutes/MinutesSidePanel';
import { CallControls } from './CallControls';
import { CallStatus } from './CallStatus';
import { LiveBadge } from '../live/LiveBadge';
import { LinkInvitations } from '../link/LinkInvitations';
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
  // The meeting is what a facilitated call is about: open beside the videos on a wide screen.
  // On a phone it would cover them, so it waits to be asked for.
  // The minutes wait to be asked for: not everyone writes them.
  const [open, setOpen] = useState(() => ({
    meeting: !window.matchMedia(NARROW_SCREEN).matches,
    participants: false,
    minutes: false,
  }));
  const meetingPanelId = useId();
  const participantPanelId = useId();
  const minutesPanelId = useId();
  const toggle = (panel: keyof typeof open) => () =>
    setOpen((current) => {
      const opening = !current[panel];
      // On a phone the panels lie over the videos: opening one closes the others.
      const exclusive = opening && window.matchMedia(NARROW_SCREEN).matches;
      return exclusive ? { meeting: false, participants: false, minutes: false, [panel]: true } : { ...current, [panel]: opening };
    });
  // Ourselves last: the first place belongs to the speaker.
  const cameras = useMemo(() => [...stage.page, stage.self], [stage]);

  return (
    <div className="page call">
      <PageHeader linkHome={false}>
        <span className="call__room">{room}</span>
        <span className="call__count">{t('call.participants', { count: state.peers.length + 1 })}</span>
        <CopyLinkButton />
        <CopyFacilitatorLinkButton room={room} />
      </PageHeader>
      <CallStatus />
      <LiveBadge />
      <CaptureNotice />
      <MeetingNotice />
      <LinkInvitations />
      {state.audioBlocked && <EnableSound />}
      <CurrentItemBar />
      <div className="call__body">
        <main className="call__main">
          <GridToolbar stage={stage} grid={state.grid} />
          <div className={stage.screens.length > 0 ? 'call__stage call__stage--sharing' : 'call__stage'}>
            {stage.screens.length > 0 && <TileGrid tiles={stage.screens} label={t('call.screens')} variant="spotlight" />}
            <TileGrid tiles={cameras} label={t('call.grid')} />
          </div>
        </main>
        <MeetingPanel id={meetingPanelId} open={open.meeting} />
        <ParticipantPanel id={participantPanelId} open={open.participants} />
        <MinutesSidePanel id={minutesPanelId} open={open.minutes} />
      </div>
      <CallControls
        panels={{
          meeting: { id: meetingPanelId, open: open.meeting, toggle: toggle('meeting') },
          participants: { id: participantPanelId, open: open.participants, toggle: toggle('participants') },
          minutes: { id: minutesPanelId, open: open.minutes, toggle: toggle('minutes') },
        }}
      />
      <MeetingAnnouncer />
      <div hidden>
        {audio.map((media) => (
          <RemoteAudio key={media.consumerId} trackId={media.trackId} />
        ))}
      </div>
    </div>
  );
}
