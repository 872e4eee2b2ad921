import { expect, test, type Page } from '@playwright/test';
import { Participant } from '../support/participant.js';
import { uniqueRoom } from '../support/rooms.js';

/** Asserts the viewer's <video> shows the stream: a decoded size and a clock that moves on. */
async function expectStreamPlaying(page: Page): Promise<void> {
  const video = page.getByRole('region').or(page.locator('video.live-page__video'));
  const sample = () =>
    page.locator('video.live-page__video').evaluate((element: HTMLVideoElement) => ({ width: element.videoWidth, time: element.currentTime }));
  await expect(video.first()).toBeVisible({ timeout: 30_000 });
  await expect.poll(async () => (await sample()).width, { timeout: 30_000, message: 'the stream has a decoded size' }).toBeGreaterThan(0);
  const first = await sample();
  await expect.poll(async () => (await sample()).time, { message: 'the stream keeps playing' }).toBeGreaterThan(first.time + 1);
}

test('a facilitator goes live; a viewer without an account watches the HLS stream', async ({ browser }) => {
  const room = uniqueRoom('direct');
  const alice = await Participant.open(browser, 'Alice');
  const viewer = await browser.newContext({ locale: 'en-US' });
  const page = await viewer.newPage();

  await test.step('before anything, the viewer page says the room is not live', async () => {
    await page.goto(`/live/${room}`);
    await expect(page.getByRole('status')).toContainText('not live yet');
  });

  await test.step('the facilitator (first in) chooses how the room is streamed', async () => {
    await alice.join(room);
    await alice.page.getByRole('button', { name: 'Stream settings' }).click();
    const settings = alice.page.getByRole('dialog', { name: 'Live stream settings' });
    await expect(settings.getByRole('radio', { name: /framed/ })).toBeChecked();
    await settings.getByRole('textbox', { name: /RTMP/ }).fill('http://not-rtmp.example');
    await expect(settings.getByRole('button', { name: 'Save' })).toBeDisabled();
    await settings.getByRole('textbox', { name: /RTMP/ }).fill('');
    await settings.getByRole('radio', { name: /speaker only/ }).check();
    await settings.getByRole('button', { name: 'Save' }).click();
    await expect(settings).toBeHidden();
    // Saved on the server: the dialog opens again with the choice.
    await alice.page.getByRole('button', { name: 'Stream settings' }).click();
    await expect(settings.getByRole('radio', { name: /speaker only/ })).toBeChecked();
    await settings.getByRole('button', { name: 'Cancel' }).click();
  });

  await test.step('the facilitator goes live and everyone in the call sees it', async () => {
    await expect(alice.page.getByRole('status', { name: 'Live' })).toHaveCount(0);
    await alice.page.getByRole('button', { name: 'Go live' }).click();
    await expect(alice.page.getByRole('status', { name: 'Live' })).toHaveText('LIVE');
    await expect(alice.page.getByRole('button', { name: 'Stop live' })).toBeVisible();
  });

  await test.step('the viewer page starts playing by itself (hls.js over MSE in Chromium)', async () => {
    await expectStreamPlaying(page);
    await expect(page.locator('video.live-page__video')).toHaveAttribute('data-player', 'hls.js');
  });

  await test.step('the facilitator shows a participant large: everyone in the call is told', async () => {
    const bob = await Participant.open(browser, 'Bob');
    await bob.join(room);
    await alice.page.getByRole('button', { name: 'Participants' }).click();
    await alice.page.getByRole('button', { name: 'More for Bob' }).click();
    await alice.page.getByRole('button', { name: 'Show Bob large in the stream' }).click();
    await expect(bob.page.getByRole('status', { name: 'Live' })).toContainText('Bob shown large');
    // The menu stays open: the same place now offers the way back.
    await alice.page.getByRole('button', { name: 'Follow the speaker in the stream again' }).click();
    await expect(bob.page.getByRole('status', { name: 'Live' })).not.toContainText('shown large');
    await bob.close();
  });

  await test.step("the pre-join screen tells a newcomer the room is streamed", async () => {
    const newcomer = await browser.newContext({ locale: 'en-US' });
    const prejoin = await newcomer.newPage();
    await prejoin.goto(`/r/${room}`);
    await expect(prejoin.getByRole('note').filter({ hasText: 'streamed live' })).toBeVisible();
    await newcomer.close();
  });

  await test.step('stopping the stream takes the badge away and the viewer back to waiting', async () => {
    await alice.page.getByRole('button', { name: 'Stop live' }).click();
    await expect(alice.page.getByRole('status', { name: 'Live' })).toHaveCount(0);
    await expect(page.getByRole('status')).toContainText('not live yet', { timeout: 15_000 });
  });

  await viewer.close();
  await alice.close();
});
