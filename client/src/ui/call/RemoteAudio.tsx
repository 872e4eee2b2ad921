import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session-context';
import { SoundIcon } from '../common/icons';

/** The page's remote <audio> elements, so one click can start them all. */
const audioElements = new Set<HTMLAudioElement>();

/**
 * One remote microphone. If the browser refuses to play sound without a gesture (the Join click
 * usually counts as one), the call shows an "Enable sound" button.
 */
export function RemoteAudio({ trackId }: { trackId: string }) {
  const session = useSession();
  const ref = useRef<HTMLAudioElement>(null);

  useEffect(() => {
    const element = ref.current;
    const track = session.tracks.get(trackId);
    if (!element || !track) return;
    audioElements.add(element);
    element.srcObject = new MediaStream([track]);
    element.play().catch((error: unknown) => {
      if (error instanceof DOMException && error.name === 'NotAllowedError') session.audioBlocked(true);
    });
    return () => {
      audioElements.delete(element);
      element.srcObject = null;
    };
  }, [session, trackId]);

  return <audio ref={ref} autoPlay />;
}

export function EnableSound() {
  const { t } = useTranslation();
  const session = useSession();
  const enable = () => {
    const playing = [...audioElements].map((element) => element.play());
    Promise.all(playing).then(
      () => session.audioBlocked(false),
      () => undefined,
    );
  };
  return (
    <div className="enable-sound">
      <span>{t('call.soundBlocked')}</span>
      <button type="button" className="button primary small" onClick={enable}>
        <SoundIcon />
        <span>{t('call.enableSound')}</span>
      </button>
    </div>
  );
}
