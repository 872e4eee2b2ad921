import { useTranslation } from 'react-i18next';
import { useCallState } from '../../app/session-context';
import { VideoView } from '../common/VideoView';
import { MicLevelMeter } from './MicLevelMeter';
import { SpeakerTestButton } from './SpeakerTestButton';

/** See yourself, see the microphone hear you, hear the speakers: before anyone else does. */
export function DeviceCheck() {
  const { t } = useTranslation();
  const { local } = useCallState();
  return (
    <div className="device-check">
      <div className="prejoin__preview">
        {local.cameraTrackId ? (
          <VideoView trackId={local.cameraTrackId} className="mirrored" label={t('prejoin.preview')} />
        ) : (
          <div className="prejoin__no-camera">{t('prejoin.cameraOff')}</div>
        )}
      </div>
      <div className="device-check__sound">
        <MicLevelMeter trackId={local.micTrackId} />
        <SpeakerTestButton />
      </div>
    </div>
  );
}
