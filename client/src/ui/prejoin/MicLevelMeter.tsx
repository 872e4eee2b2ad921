import { useEffect, useId, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session-context';
import { MicLevelMonitor } from '../../media/mic-level';

/** A live bar of the microphone's level, to see that it hears you before you join. */
export function MicLevelMeter({ trackId }: { trackId: string | null }) {
  const { t } = useTranslation();
  const session = useSession();
  const [level, setLevel] = useState(0);
  const labelId = useId();

  useEffect(() => {
    const track = session.tracks.get(trackId);
    setLevel(0);
    if (!track || typeof AudioContext === 'undefined') return;
    const monitor = new MicLevelMonitor(track, setLevel);
    return () => monitor.stop();
  }, [session, trackId]);

  return (
    <div className="mic-level">
      <span id={labelId} className="mic-level__label">
        {t('prejoin.micLevel')}
      </span>
      <div
        className="mic-level__meter"
        role="meter"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={level}
        // With no microphone a 0 would read as silence: say why instead.
        {...(trackId ? {} : { 'aria-valuetext': t('prejoin.noMicrophone') })}
        // A number we computed, set through the CSSOM: the strict CSP allows it.
        style={{ '--level': level / 100 } as CSSProperties}
      >
        <span className="mic-level__bar" />
      </div>
    </div>
  );
}
