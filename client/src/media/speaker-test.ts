/*
 * "Test speakers": two short notes from an OscillatorNode. Started from a click, so the browser
 * lets it play; the context is closed once they are over.
 */

const NOTES_HZ = [660, 880];
const NOTE_SECONDS = 0.35;
const VOLUME = 0.2;

/** Resolves when the sound is over. */
export async function playTestTone(): Promise<void> {
  const context = new AudioContext();
  try {
    await context.resume();
    const start = context.currentTime + 0.05;
    for (const [index, frequency] of NOTES_HZ.entries()) {
      const at = start + index * NOTE_SECONDS;
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.frequency.value = frequency;
      // A quick fade in and out: no click at either end.
      gain.gain.setValueAtTime(0, at);
      gain.gain.linearRampToValueAtTime(VOLUME, at + 0.02);
      gain.gain.setValueAtTime(VOLUME, at + NOTE_SECONDS - 0.05);
      gain.gain.linearRampToValueAtTime(0, at + NOTE_SECONDS);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(at + NOTE_SECONDS);
    }
    const lengthMs = (0.05 + NOTES_HZ.length * NOTE_SECONDS) * 1000;
    await new Promise((resolve) => setTimeout(resolve, lengthMs + 50));
  } finally {
    await context.close().catch(() => undefined);
  }
}
