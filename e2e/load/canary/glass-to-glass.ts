/*
 * Glass-to-glass on the receiving canary, in its page (serialized by Playwright: self-contained).
 * Both canaries run in one Chromium on this machine, so the sender's capture clock and the
 * receiver's display clock are the same clock. requestVideoFrameCallback gives, per presented
 * frame of the watched tile: `captureTime` (Chromium fills it for remote frames from the
 * abs-capture-time header extension when the sender negotiated it) and `expectedDisplayTime`.
 * Without captureTime we fall back to `receiveTime`, which only covers receive → display.
 */

export type GlassToGlassSource = 'captureTime' | 'receiveTime' | 'none';

export interface GlassToGlassSamples {
  source: GlassToGlassSource;
  /** expectedDisplayTime − captureTime (or − receiveTime), ms, one per presented frame. */
  delaysMs: number[];
}

/** Starts watching the tile whose accessible name is `label` (re-attaches if React replaces its <video>). */
export function watchGlassToGlass(label: string): void {
  const state = { captureDelays: [] as number[], receiveDelays: [] as number[], video: null as HTMLVideoElement | null };
  (window as unknown as { __glass: typeof state }).__glass = state;
  const onFrame = (video: HTMLVideoElement) => (_now: number, metadata: VideoFrameCallbackMetadata) => {
    const { captureTime, receiveTime, expectedDisplayTime } = metadata as VideoFrameCallbackMetadata & { captureTime?: number; receiveTime?: number };
    if (captureTime !== undefined && captureTime > 0) state.captureDelays.push(expectedDisplayTime - captureTime);
    else if (receiveTime !== undefined && receiveTime > 0) state.receiveDelays.push(expectedDisplayTime - receiveTime);
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

/** The samples so far; captureTime ones win whenever there are any. */
export function readGlassToGlass(): GlassToGlassSamples {
  const state = (window as unknown as { __glass?: { captureDelays: number[]; receiveDelays: number[] } }).__glass;
  if (state?.captureDelays.length) return { source: 'captureTime', delaysMs: state.captureDelays };
  if (state?.receiveDelays.length) return { source: 'receiveTime', delaysMs: state.receiveDelays };
  return { source: 'none', delaysMs: [] };
}
