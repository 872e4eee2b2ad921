import type { VideoTile } from '@palabre/shared';
import type { TileModel } from './tiles';
import { computeView, delayBeforeSend, sameView, VIEW_TIMING, type CssSize, type ViewTiming } from './view';

export interface ViewReporterDeps {
  /** The tiles that may show a remote video right now (screens and the current page). */
  tiles(): readonly TileModel[];
  devicePixelRatio(): number;
  timing?: ViewTiming;
  now?(): number;
}

export type SendView = (tiles: VideoTile[]) => Promise<void>;

/**
 * Keeps the server's idea of what we show in step with the screen. Tiles report their measured
 * size here (from a ResizeObserver); the call state says which tiles want a video. Changes are
 * debounced and sent only when they change the view.
 *
 * The server forgets our view whenever it closes our media (a rejoin, a media reset), so each
 * new media connection `start`s the reporter, which sends the view at once, before any
 * consumer is resumed; `stop` mutes it while there is no connection to report to.
 */
export class ViewReporter {
  private readonly sizes = new Map<string, CssSize>();
  private readonly timing: ViewTiming;
  private readonly now: () => number;
  private send: SendView | null = null;
  /** What the server has from us; null when it has nothing (a new media connection). */
  private sent: VideoTile[] | null = null;
  /** When the oldest change not sent yet happened. */
  private waitingSince: number | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly deps: ViewReporterDeps) {
    this.timing = deps.timing ?? VIEW_TIMING;
    this.now = deps.now ?? (() => Date.now());
  }

  /** A tile's size on screen (CSS pixels); tiles of our own are measured too and ignored. */
  measure(key: string, size: CssSize): void {
    const previous = this.sizes.get(key);
    if (previous && previous.width === size.width && previous.height === size.height) return;
    this.sizes.set(key, { width: size.width, height: size.height });
    this.update();
  }

  /** The tile left the screen (another page, the person left, the video mode changed). */
  forget(key: string): void {
    if (this.sizes.delete(key)) this.update();
  }

  /** The view as it stands, whether or not it was sent. */
  current(): VideoTile[] {
    return computeView(this.deps.tiles(), this.sizes, this.deps.devicePixelRatio());
  }

  /** Something that decides the view may have changed: schedules a send if it did. */
  update(): void {
    if (!this.send) return;
    const delay = delayBeforeSend(this.sent, this.current(), this.waitingSince, this.now(), this.timing);
    this.clearTimer();
    if (delay === null) {
      this.waitingSince = null;
      return;
    }
    this.waitingSince ??= this.now();
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  /** A new media connection: the server has no view of ours. Sends it now; resolves once acknowledged. */
  async start(send: SendView): Promise<void> {
    this.send = send;
    this.sent = null;
    await this.flush();
  }

  /** No media connection to report to; the next `start` sends everything again. */
  stop(): void {
    this.send = null;
    this.sent = null;
    this.waitingSince = null;
    this.clearTimer();
  }

  private async flush(): Promise<void> {
    this.clearTimer();
    this.waitingSince = null;
    const send = this.send;
    if (!send) return;
    const view = this.current();
    if (this.sent !== null && sameView(this.sent, view)) return;
    // Counted as sent right away: a change meanwhile is compared with this one, not sent twice.
    this.sent = view;
    try {
      await send(view);
    } catch (error) {
      // The server may not have it: the next change sends the whole view again.
      if (this.send === send && this.sent === view) this.sent = null;
      if (this.send === send) console.warn('could not report the view', error);
    }
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
