import { expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';

/**
 * Someone on a room's page before joining, in a browser context of a chosen time zone (the
 * schedule is shown in the viewer's zone). Every request is kept, to prove none leaves the origin.
 */
export class Visitor {
  readonly requests: string[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {
    context.on('request', (request) => this.requests.push(request.url()));
  }

  static async open(browser: Browser, timezoneId = 'America/New_York'): Promise<Visitor> {
    const context = await browser.newContext({ locale: 'en-US', timezoneId });
    const page = await context.newPage();
    return new Visitor(context, page);
  }

  /** From the room page already open: type a name and join. */
  async joinAs(name: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Name' }).fill(name);
    await this.page.getByRole('button', { name: 'Join' }).click();
    await expect(this.tile(`${name} (you)`)).toBeVisible();
  }

  tile(label: string): Locator {
    return this.page.getByRole('group', { name: label, exact: true });
  }

  /** Requests to anywhere but the server under test (data: and blob: URLs are local). */
  foreignRequests(origin: string): string[] {
    return this.requests.filter((url) => !url.startsWith(origin) && !/^(data|blob):/.test(url));
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

/**
 * Reads a meter's aria-valuenow for a while; resolves to every value seen. A live meter on the
 * fake microphone's beeps shows several values, some high.
 */
export async function sampleMeter(meter: Locator, durationMs: number, everyMs = 100): Promise<number[]> {
  const values: number[] = [];
  const until = Date.now() + durationMs;
  while (Date.now() < until) {
    values.push(Number(await meter.getAttribute('aria-valuenow')));
    await meter.page().waitForTimeout(everyMs); // the sampling period itself
  }
  return values;
}
