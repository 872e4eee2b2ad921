import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../support/chromium.js';
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

  static async join(browser: Browser, url: string, room: string, name: string): Promise<Canary> {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 720 } });
    await context.addInitScript({ content: KEEP_NAMES_SHIM });
    await context.addInitScript(recordPeerConnections);
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

  async sample(): Promise<PageSample> {
    const sample = await this.page.evaluate(samplePage);
    this.samples.push(sample);
    return sample;
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => undefined);
  }
}
