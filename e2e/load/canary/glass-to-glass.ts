/*
 * Glass-to-glass on the receiving canary, in its page (serialized by Playwright: self-contained).
 * The sending canary's camera draws its capture time as a code (timestamp-camera.ts); for each
 * frame of its tile presented here, requestVideoFrameCallback gives the time it is shown
 * (`expectedDisplayTime`) and the frame itself, from which the capture time is read back. Both
 * pages share this machine's wall clock. Frames whose code does not read (checksum) are skipped.
 * Without any readable code we fall back to `receiveTime`, which only covers receive → display.
 */

export type GlassToGlassSource = 'displayedTimestamp' | 'receiveTime' | 'none';

export interface GlassToGlassSamples {
  source: GlassToGlassSource;
  /** Display − capture (or − receive), ms, one per presented frame. */
  delaysMs: number[];
}

/** Starts watching the tile whose accessible name is `label` (re-attaches if React replaces its <video>). */
export function watchGlassToGlass(label: string): void {
  const columns = 8;
  const rows = 4;
  const wrap = 2 ** 24;
  const state = { glassDelays: [] as number[], receiveDelays: [] as number[], unreadable: 0, video: null as HTMLVideoElement | null };
  (window as unknown as { __glass: typeof state }).__glass = state;
  const scratch = Object.assign(document.createElement('canvas'), { width: columns, height: rows }).getContext('2d', { willReadFrequently: true })!;

  /** The capture time drawn in the frame (wall clock ms mod 2^24), or null if it does not read. */
  const readStamp = (video: HTMLVideoElement): number | null => {
    scratch.drawImage(video, 0, 0, columns, rows); // one pixel per cell
    const pixels = scratch.getImageData(0, 0, columns, rows).data;
    let word = 0;
    for (let cell = 0; cell < columns * rows; cell++) {
      const luma = (pixels[cell * 4]! + pixels[cell * 4 + 1]! + pixels[cell * 4 + 2]!) / 3;
      word = word * 2 + (luma > 127 ? 1 : 0);
    }
    const stamp = Math.floor(word / 256);
    const checksum = ((stamp & 0xff) + ((stamp >> 8) & 0xff) + ((stamp >> 16) & 0xff)) & 0xff;
    return checksum === word % 256 ? stamp : null;
  };

  const onFrame = (video: HTMLVideoElement) => (_now: number, metadata: VideoFrameCallbackMetadata) => {
    const { receiveTime, expectedDisplayTime } = metadata as VideoFrameCallbackMetadata & { receiveTime?: number };
    const stamp = readStamp(video);
    if (stamp !== null) {
      const shown = Math.round(performance.timeOrigin + expectedDisplayTime) % wrap;
      const delay = (shown - stamp + wrap) % wrap;
      if (delay < 10_000) state.glassDelays.push(delay);
    } else {
      state.unreadable++;
      if (receiveTime !== undefined && receiveTime > 0) state.receiveDelays.push(expectedDisplayTime - receiveTime);
    }
    if (state.video === video) video.requestVideoFrameCallback(onFrame(video));
  };
  setInterval(() => {
    const group = Array.from(document.querySelectorAll('[role="group"][aria-label]')).find((element) =>
      new RegExp(`^${label}(\\D|$)`).test(element.getAttribute('aria-label') ?? ''),
    );
    const video = group?.querySelector('video') ?? null;
    if (!video || video === state.video) return;
    state.video = video;
    video.requestVideoFrameCallback(onFrame(video));
  }, 200);
}

/** The samples so far; glass-to-glass ones win whenever there are any. */
export function readGlassToGlass(): GlassToGlassSamples {
  const state = (window as unknown as { __glass?: { glassDelays: number[]; receiveDelays: number[] } }).__glass;
  if (state?.glassDelays.length) return { source: 'displayedTimestamp', delaysMs: state.glassDelays };
  if (state?.receiveDelays.length) return { source: 'receiveTime', delaysMs: state.receiveDelays };
  return { source: 'none', delaysMs: [] };
}
