import { expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { recordPeerConnections } from './peer-connections.js';

/**
 * One person in a call: their own browser context (own storage, own fake devices) and page.
 * Every RTCPeerConnection the page creates is remembered so tests can read real RTP stats, and
 * every request is remembered so tests can prove nothing leaves the origin.
 */
export class Participant {
  readonly requests: string[] = [];

  private constructor(
    readonly name: string,
    readonly context: BrowserContext,
    readonly page: Page,
  ) {
    context.on('request', (request) => this.requests.push(request.url()));
  }

  static async open(browser: Browser, name: string, locale = 'en-US'): Promise<Participant> {
    const context = await browser.newContext({ locale });
    await context.addInitScript(recordPeerConnections);
    const page = await context.newPage();
    return new Participant(name, context, page);
  }

  async join(room: string): Promise<void> {
    await this.page.goto(`/r/${room}`);
    await this.page.getByRole('textbox', { name: 'Name' }).fill(this.name);
    await this.page.getByRole('button', { name: 'Join' }).click();
    await expect(this.tile(`${this.name} (you)`)).toBeVisible();
  }

  tile(label: string): Locator {
    return this.page.getByRole('group', { name: label, exact: true });
  }

  /** Asserts the tile shows live video: decoded size, advancing time and new frames. */
  async expectVideoPlaying(label: string): Promise<void> {
    const video = this.tile(label).locator('video');
    await expect(video).toHaveCount(1);
    const sample = () =>
      video.evaluate((element: HTMLVideoElement) => ({
        width: element.videoWidth,
        time: element.currentTime,
        frames: element.getVideoPlaybackQuality().totalVideoFrames,
      }));
    await expect.poll(async () => (await sample()).width, { message: `${label} has a decoded size` }).toBeGreaterThan(0);
    const first = await sample();
    await expect
      .poll(async () => {
        const now = await sample();
        return now.time > first.time && now.frames > first.frames;
      }, { message: `${label} keeps playing new frames` })
      .toBe(true);
  }

  /** Sum of a numeric field of inbound-rtp stats of one kind, over the page's open connections. */
  async inboundRtp(kind: 'audio' | 'video', field: 'bytesReceived' | 'framesDecoded' | 'packetsReceived'): Promise<number> {
    return this.page.evaluate(
      async ({ kind, field }) => {
        const connections = (window as unknown as { __peerConnections: RTCPeerConnection[] }).__peerConnections;
        let total = 0;
        for (const connection of connections) {
          if (connection.connectionState === 'closed') continue;
          const report = await connection.getStats();
          report.forEach((stat: Record<string, unknown>) => {
            if (stat.type === 'inbound-rtp' && stat.kind === kind) total += Number(stat[field] ?? 0);
          });
        }
        return total;
      },
      { kind, field },
    );
  }

  async expectInboundGrowing(kind: 'audio' | 'video', field: 'bytesReceived' | 'framesDecoded'): Promise<void> {
    const before = await this.inboundRtp(kind, field);
    await expect
      .poll(() => this.inboundRtp(kind, field), { message: `${this.name} receives ${kind} (${field})` })
      .toBeGreaterThan(before);
  }

  /**
   * How many inbound streams of a kind receive bytes over a measurement window: a video the
   * server paused (off the page, or not wanted) keeps its stats entry but stops growing.
   */
  async streamsReceiving(kind: 'audio' | 'video', windowMs = 2_000): Promise<number> {
    const before = await this.inboundBytesByStream(kind);
    await this.page.waitForTimeout(windowMs); // the measurement window itself
    const after = await this.inboundBytesByStream(kind);
    return [...after].filter(([stream, bytes]) => bytes > (before.get(stream) ?? 0)).length;
  }

  /** Bytes of a kind received over a measurement window, all streams together. */
  async inboundGrowth(kind: 'audio' | 'video', windowMs = 2_000): Promise<number> {
    const before = await this.inboundRtp(kind, 'bytesReceived');
    await this.page.waitForTimeout(windowMs); // the measurement window itself
    return (await this.inboundRtp(kind, 'bytesReceived')) - before;
  }

  /**
   * How many of our outgoing video encodings (simulcast layers) send bytes over a window:
   * the server switches off the layers nobody receives (dynacast).
   */
  async videoLayersSending(windowMs = 2_000): Promise<number> {
    const bytesSent = () =>
      this.page.evaluate(async () => {
        const connections = (window as unknown as { __peerConnections: RTCPeerConnection[] }).__peerConnections;
        const layers: [string, number][] = [];
        for (const [index, connection] of connections.entries()) {
          if (connection.connectionState === 'closed') continue;
          (await connection.getStats()).forEach((stat: Record<string, unknown>) => {
            if (stat.type === 'outbound-rtp' && stat.kind === 'video') layers.push([`${index}/${String(stat.id)}`, Number(stat.bytesSent ?? 0)]);
          });
        }
        return layers;
      });
    const before = new Map(await bytesSent());
    await this.page.waitForTimeout(windowMs); // the measurement window itself
    return (await bytesSent()).filter(([layer, bytes]) => bytes > (before.get(layer) ?? 0)).length;
  }

  /** Decoded width of the video in a tile (0 before the first frame). */
  async videoWidth(label: string): Promise<number> {
    return this.tile(label)
      .locator('video')
      .evaluate((element: HTMLVideoElement) => element.videoWidth);
  }

  /** bytesReceived of each inbound stream of a kind, by connection and stats id. */
  private async inboundBytesByStream(kind: 'audio' | 'video'): Promise<Map<string, number>> {
    const entries = await this.page.evaluate(async (kind) => {
      const connections = (window as unknown as { __peerConnections: RTCPeerConnection[] }).__peerConnections;
      const streams: [string, number][] = [];
      for (const [index, connection] of connections.entries()) {
        if (connection.connectionState === 'closed') continue;
        const report = await connection.getStats();
        report.forEach((stat: Record<string, unknown>) => {
          if (stat.type === 'inbound-rtp' && stat.kind === kind) streams.push([`${index}/${String(stat.id)}`, Number(stat.bytesReceived ?? 0)]);
        });
      }
      return streams;
    }, kind);
    return new Map(entries);
  }

  async peerConnectionCount(): Promise<number> {
    return this.page.evaluate(
      () => (window as unknown as { __peerConnections: RTCPeerConnection[] }).__peerConnections.length,
    );
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
