import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../support/chromium.js';
import { readGlassToGlass, watchGlassToGlass, type GlassToGlassSamples } from './glass-to-glass.js';
import { installTimestampCamera } from './timestamp-camera.js';
import { armFirstFrameProbe, firstFrameDelay, recordPeerConnections, samplePage, type PageSample } from './page-probes.js';

/*
 * tsx compiles with esbuild's keepNames, which wraps functions in a `__name(...)` helper; the
 * probes are serialized into the page, where that helper must exist too.
 */
const FIRST_FRAME_LIMIT_MS = 30_000;

const KEEP_NAMES_SHIM = 'window.__name = (target) => target;';

/**
 * A real person's view of the meeting: Debian's Chromium with a fake camera and microphone,
 * joining through the UI like anyone else (name, Join), then sampled like a viewer would judge
 * it: which remote tiles play, how smoothly, and how long the first picture took.
 */
export class Canary {
  readonly samples: PageSample[] = [];

  private constructor(
    readonly name: string,
    private readonly context: BrowserContext,
    private readonly page: Page,
    readonly joinToFirstFrameMs: number,
  ) {}

  static launchBrowser(): Promise<Browser> {
    return chromium.launch(chromiumLaunchOptions);
  }

  /** `timestampCamera`: the camera shows its capture time, for the other canary's glass-to-glass. */
  static async join(browser: Browser, url: string, room: string, name: string, timestampCamera = false): Promise<Canary> {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 720 } });
    await context.addInitScript({ content: KEEP_NAMES_SHIM });
    await context.addInitScript(recordPeerConnections);
    if (timestampCamera) await context.addInitScript(installTimestampCamera);
    const page = await context.newPage();
    await page.goto(`${url}/r/${room}`);
    await page.getByRole('textbox', { name: 'Name' }).fill(name);
    await page.evaluate(armFirstFrameProbe);
    await page.getByRole('button', { name: 'Join' }).click();
    // NaN when no remote picture shows within the limit: the report says so rather than hang.
    const joinToFirstFrameMs = await Promise.race([
      page.evaluate(firstFrameDelay),
      new Promise<number>((resolve) => setTimeout(() => resolve(Number.NaN), FIRST_FRAME_LIMIT_MS)),
    ]);
    return new Canary(name, context, page, joinToFirstFrameMs);
  }

  /** The fewer cameras Chromium encodes, the less it steals from the server on this 2-core box. */
  async turnCameraOff(): Promise<void> {
    const camera = this.page.getByRole('navigation', { name: 'Call controls' }).getByRole('button', { name: 'Camera' });
    await camera.click();
    await camera.and(this.page.locator('[aria-pressed="false"]')).waitFor({ timeout: 10_000 });
  }

  /**
   * Pages the grid (Next page, as a person would) until `name`'s tile is visible. The grid
   * keeps arrival order, so a canary joining after the bots is on the last page.
   */
  async showTileOf(name: string): Promise<boolean> {
    const tile = this.page.getByRole('group', { name: new RegExp(`^${name}(\\D|$)`) });
    const next = this.page.getByRole('button', { name: 'Next page' });
    for (let page = 0; page < 20; page++) {
      if (await tile.count()) return true;
      if (!(await next.isVisible()) || !(await next.isEnabled())) return false;
      await next.click();
      await this.page.waitForTimeout(300);
    }
    return (await tile.count()) > 0;
  }

  watchGlassToGlass(name: string): Promise<void> {
    return this.page.evaluate(watchGlassToGlass, name);
  }

  glassToGlass(): Promise<GlassToGlassSamples> {
    return this.page.evaluate(readGlassToGlass);
  }

  async sample(): Promise<PageSample> {
    const sample = await this.page.evaluate(samplePage);
    this.samples.push(sample);
    return sample;
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => undefined);
  }
}
