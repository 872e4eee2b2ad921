import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { playTestTone } from '../../media/speaker-test';

/** Plays a short sound: if you hear it, your speakers or headphones work. */
export function SpeakerTestButton() {
  const { t } = useTranslation();
  const [playing, setPlaying] = useState(false);
  if (typeof AudioContext === 'undefined') return null;

  const play = async () => {
    setPlaying(true);
    try {
      await playTestTone();
    } catch {
      // No output device, or the browser refused: the person hears nothing, which is the answer.
    } finally {
      setPlaying(false);
    }
  };

  return (
    // The name stays put while the sound plays (a name that changes under the finger confuses).
    <button type="button" className="button small" onClick={() => void play()} disabled={playing}>
      {t('prejoin.testSpeakers')}
    </button>
  );
}
