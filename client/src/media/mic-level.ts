/*
 * The microphone's level for the pre-join meter, read with the Web Audio API: an AnalyserNode on
 * the track, sampled a few times a second. React only ever sees the number.
 */

/** Below this the meter reads 0: room noise, not a voice. */
const FLOOR_DB = -60;

/**
 * The loudest sample of a window (−1…1) on a 0–100 scale that follows the ear: decibels from
 * −60 dBFS (0) to full scale (100). Peak rather than average, so a short sound still shows.
 */
export function levelFromSamples(samples: Float32Array): number {
  let peak = 0;
  for (const sample of samples) peak = Math.max(peak, Math.abs(sample));
  if (peak === 0) return 0;
  const db = 20 * Math.log10(peak);
  return Math.round(Math.min(100, Math.max(0, ((db - FLOOR_DB) / -FLOOR_DB) * 100)));
}

/** How a meter falls back when the sound stops: quickly, but not in one jump (it would flicker). */
export function nextShownLevel(shown: number, measured: number, fallPerStep = 20): number {
  return measured >= shown ? measured : Math.max(measured, shown - fallPerStep);
}

export const LEVEL_INTERVAL_MS = 125;

export class MicLevelMonitor {
  private readonly context: AudioContext;
  private readonly source: MediaStreamAudioSourceNode;
  private readonly analyser: AnalyserNode;
  private readonly samples: Float32Array<ArrayBuffer>;
  private readonly timer: ReturnType<typeof setInterval>;
  private shown = 0;

  constructor(track: MediaStreamTrack, onLevel: (level: number) => void) {
    this.context = new AudioContext();
    this.source = this.context.createMediaStreamSource(new MediaStream([track]));
    this.analyser = this.context.createAnalyser();
    // About 170 ms at 48 kHz: longer than the interval, so no short sound falls between reads.
    this.analyser.fftSize = 8192;
    this.samples = new Float32Array(this.analyser.fftSize);
    // Not connected to the speakers: we measure, we do not play ourselves back.
    this.source.connect(this.analyser);
    this.timer = setInterval(() => {
      this.analyser.getFloatTimeDomainData(this.samples);
      const shown = nextShownLevel(this.shown, levelFromSamples(this.samples));
      if (shown !== this.shown) onLevel(shown);
      this.shown = shown;
    }, LEVEL_INTERVAL_MS);
    // Browsers may start a context suspended until the person touches the page.
    void this.context.resume().catch(() => undefined);
    document.addEventListener('pointerdown', this.resume, true);
    document.addEventListener('keydown', this.resume, true);
  }

  stop(): void {
    clearInterval(this.timer);
    document.removeEventListener('pointerdown', this.resume, true);
    document.removeEventListener('keydown', this.resume, true);
    this.source.disconnect();
    void this.context.close().catch(() => undefined);
  }

  private readonly resume = () => {
    if (this.context.state === 'suspended') void this.context.resume().catch(() => undefined);
  };
}
