import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCallState, useMeetingState, useSession } from '../../app/session-context';
import { CameraIcon, CameraOffIcon, LeaveIcon, MeetingIcon, MicIcon, MicOffIcon, MinutesIcon, PeopleIcon, ScreenIcon } from '../common/icons';
import { EndMeetingButton } from '../meeting/EndMeetingButton';
import { GoLiveButton } from '../live/GoLiveButton';
import { LiveSettingsButton } from '../live/LiveSettingsButton';
import { HandButton } from '../meeting/HandButton';
import { ReactionButtons } from '../meeting/ReactionButtons';

/** Screen sharing needs getDisplayMedia, which phones do not have. */
const canShareScreen = typeof navigator !== 'undefined' && Boolean(navigator.mediaDevices?.getDisplayMedia);

export interface PanelToggle {
  id: string;
  open: boolean;
  toggle(): void;
}

interface CallControlsProps {
  /** The panels this page shows beside the videos: the meeting (queue, agenda, chat), the people, the minutes. */
  panels: { meeting: PanelToggle; participants: PanelToggle; minutes: PanelToggle };
}

export function CallControls({ panels }: CallControlsProps) {
  const { t } = useTranslation();
  const session = useSession();
  const { local, peers } = useCallState();
  const { unreadChat } = useMeetingState();
  const micOn = local.micOn && local.micTrackId !== null;
  const panel = panels.participants;

  return (
    <nav className="call-controls" aria-label={t('call.controls')}>
      <ToggleButton
        pressed={micOn}
        label={t('call.microphone')}
        icon={micOn ? <MicIcon /> : <MicOffIcon />}
        onToggle={() => session.toggleMic()}
      />
      <ToggleButton
        pressed={local.cameraTrackId !== null}
        label={t('call.camera')}
        icon={local.cameraTrackId ? <CameraIcon /> : <CameraOffIcon />}
        onToggle={() => session.toggleCamera()}
      />
      {canShareScreen && (
        <ToggleButton
          kind="feature"
          pressed={local.screenTrackId !== null}
          label={t('call.shareScreen')}
          icon={<ScreenIcon />}
          onToggle={() => session.toggleScreen()}
        />
      )}
      <HandButton />
      <ReactionButtons />
      <button
        type="button"
        className={`control control--feature ${panels.meeting.open ? 'control--on' : 'control--off'}`}
        aria-pressed={panels.meeting.open}
        aria-expanded={panels.meeting.open}
        aria-controls={panels.meeting.id}
        onClick={panels.meeting.toggle}
      >
        <MeetingIcon />
        {unreadChat > 0 && (
          <span className="control__dot" aria-hidden="true">
            {unreadChat}
          </span>
        )}
        <span className="control__label">
          {t('meeting.toggle')}
          {/* Only while the chat is out of sight: then what arrives is unread. */}
          {unreadChat > 0 && (
            <span className="control__badge control__badge--unread">
              <span aria-hidden="true">{unreadChat}</span>
              <span className="visually-hidden">{t('chat.unread', { count: unreadChat })}</span>
            </span>
          )}
        </span>
      </button>
      <button
        type="button"
        className={`control control--feature ${panel.open ? 'control--on' : 'control--off'}`}
        aria-pressed={panel.open}
        aria-expanded={panel.open}
        aria-controls={panel.id}
        onClick={panel.toggle}
      >
        <PeopleIcon />
        <span className="control__label">
          {t('call.participantsButton')}
          {/* A glance at the count; hidden from the name, which stays "Participants". */}
          <span className="control__badge" aria-hidden="true">
            {peers.length + 1}
          </span>
        </span>
      </button>
      <button
        type="button"
        className={`control control--feature ${panels.minutes.open ? 'control--on' : 'control--off'}`}
        aria-pressed={panels.minutes.open}
        aria-expanded={panels.minutes.open}
        aria-controls={panels.minutes.id}
        onClick={panels.minutes.toggle}
      >
        <MinutesIcon />
        <span className="control__label">{t('minutes.toggle')}</span>
      </button>
      <GoLiveButton />
      <LiveSettingsButton />
      <EndMeetingButton />
      <button type="button" className="control control--leave" onClick={() => void session.leave()}>
        <LeaveIcon />
        <span className="control__label">{t('call.leave')}</span>
      </button>
    </nav>
  );
}

interface ToggleButtonProps {
  /** A device that is normally on (off stands out as a warning), or a feature normally off. */
  kind?: 'device' | 'feature';
  pressed: boolean;
  label: string;
  icon: ReactNode;
  onToggle(): Promise<void>;
}

/** aria-pressed says whether the device is on; the name stays the same in both states. */
function ToggleButton({ kind = 'device', pressed, label, icon, onToggle }: ToggleButtonProps) {
  // A second click while the browser is still opening the camera would race the first.
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className={`control control--${kind} ${pressed ? 'control--on' : 'control--off'}`}
      aria-pressed={pressed}
      aria-busy={busy || undefined}
      onClick={() => {
        if (busy) return;
        setBusy(true);
        onToggle().finally(() => setBusy(false));
      }}
    >
      {icon}
      <span className="control__label">{label}</span>
    </button>
  );
}
