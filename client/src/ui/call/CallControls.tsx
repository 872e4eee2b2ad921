import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCallState, useSession } from '../../app/session-context';
import { CameraIcon, CameraOffIcon, LeaveIcon, MicIcon, MicOffIcon, PeopleIcon, ScreenIcon } from '../common/icons';

/** Screen sharing needs getDisplayMedia, which phones do not have. */
const canShareScreen = typeof navigator !== 'undefined' && Boolean(navigator.mediaDevices?.getDisplayMedia);

interface CallControlsProps {
  /** The participant panel this page shows beside the videos. */
  panel: { id: string; open: boolean; toggle(): void };
}

export function CallControls({ panel }: CallControlsProps) {
  const { t } = useTranslation();
  const session = useSession();
  const { local, peers } = useCallState();
  const micOn = local.micOn && local.micTrackId !== null;

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
