import { expect, test, type Page } from '@playwright/test';
import { Participant } from '../support/participant.js';
import { uniqueRoom } from '../support/rooms.js';

/*
 * The paged grid against the real server: the view each page reports decides which videos the
 * server sends (RTP stats prove it) and at which simulcast layer (the decoded width proves it).
 * Generous timeouts: three Chromium pages encoding 720p simulcast share two cores, maybe with a
 * benchmark running beside them.
 */

const SLOW = { timeout: 45_000 };

const videosPerPage = (page: Page) => page.getByRole('combobox', { name: 'Videos per page' });
const incomingVideo = (page: Page) => page.getByRole('combobox', { name: 'Incoming video' });
const videoGrid = (page: Page) => page.getByRole('list', { name: 'Videos' });

test('a paged grid: the speaker first, only the page’s videos sent, layers that follow the size and that nobody watches switched off', async ({ browser }) => {
  const room = uniqueRoom('grid');
  // Alice joins last: on Bob's and Carol's pages she comes second in join order, so finding her
  // alone on a one-video page proves that the speaker was brought forward.
  const bob = await Participant.open(browser, 'Bob');
  const carol = await Participant.open(browser, 'Carol');
  const alice = await Participant.open(browser, 'Alice');
  for (const person of [bob, carol, alice]) await person.join(room);

  await test.step('with the default page size, Alice receives both videos', async () => {
    await alice.expectVideoPlaying('Bob');
    await alice.expectVideoPlaying('Carol');
    await alice.page.screenshot({ path: test.info().outputPath('three-person-call.png') });
  });

  await test.step('the dominant speaker is marked and shown first', async () => {
    for (const person of [bob, carol]) {
      await videosPerPage(person.page).selectOption('1');
      await person.page.getByRole('button', { name: 'Microphone' }).click();
      await expect(person.page.getByRole('button', { name: 'Microphone' })).toHaveAttribute('aria-pressed', 'false');
    }
    // Chromium's fake microphone beeps; Alice's is the only one left on.
    for (const person of [bob, carol]) {
      await expect(person.tile('Alice')).toHaveAttribute('aria-current', 'true', SLOW);
      await expect(person.tile('Alice').getByText('Speaking', { exact: true })).toBeVisible();
      // One video per page, and it is the speaker's: ours and hers.
      await expect(videoGrid(person.page).getByRole('group')).toHaveCount(2);
    }
    await expect(bob.tile('Carol')).toHaveCount(0);
    await expect(carol.tile('Bob')).toHaveCount(0);
    await bob.expectVideoPlaying('Alice');
  });

  await test.step('the participant list shows everyone, muted microphones and the speaker', async () => {
    const toggle = bob.page.getByRole('button', { name: 'Participants' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const list = bob.page.getByRole('list', { name: 'Participants' });
    await expect(list.getByRole('listitem')).toHaveCount(3);
    // Carol is on another page of Bob's grid, but in the list.
    const carolItem = list.getByRole('listitem').filter({ hasText: 'Carol' });
    await expect(carolItem.getByRole('img', { name: 'Microphone muted' })).toBeVisible();
    await expect(list.getByRole('listitem').filter({ hasText: 'Alice' })).toHaveAttribute('aria-current', 'true');
    await bob.page.screenshot({ path: test.info().outputPath('participant-panel.png') });
    await toggle.click();
    await expect(list).toBeHidden();
  });

  await test.step('one video per page: only that video is sent, the next page shows the other', async () => {
    const pager = alice.page.getByRole('navigation', { name: 'Pages of videos' });
    await expect(pager).toHaveCount(0); // everyone fits on one page of 9
    await videosPerPage(alice.page).selectOption('1');
    await expect(pager.getByText('Page 1 of 2')).toBeVisible();
    await expect(pager.getByRole('button', { name: 'Previous page' })).toBeDisabled();
    // Alice is the speaker herself, so the order is the join order.
    await alice.expectVideoPlaying('Bob');
    await expect(alice.tile('Carol')).toHaveCount(0);
    await expect(alice.page.locator('video')).toHaveCount(2); // Bob's and her own
    await expect.poll(() => alice.streamsReceiving('video'), { ...SLOW, message: 'video streams sent to Alice' }).toBe(1);
    // Nobody shows Carol now: her browser stops encoding all but her lowest layer.
    await expect.poll(() => carol.videoLayersSending(), { ...SLOW, message: 'layers Carol sends' }).toBe(1);

    await pager.getByRole('button', { name: 'Next page' }).click();
    await expect(pager.getByText('Page 2 of 2')).toBeVisible();
    await expect(pager.getByRole('button', { name: 'Next page' })).toBeDisabled();
    await alice.expectVideoPlaying('Carol');
    await expect(alice.tile('Bob')).toHaveCount(0);
    await expect.poll(() => carol.videoLayersSending(), { ...SLOW, message: 'layers Carol sends' }).toBeGreaterThan(1);
    await expect.poll(() => alice.streamsReceiving('video'), { ...SLOW, message: 'video streams sent to Alice' }).toBe(1);

    await pager.getByRole('button', { name: 'Previous page' }).click();
    await alice.expectVideoPlaying('Bob');
  });

  await test.step('the layer follows the size of the tile', async () => {
    await alice.page.setViewportSize({ width: 480, height: 360 });
    await expect
      .poll(() => alice.videoWidth('Bob'), { ...SLOW, message: 'a small tile gets the 180p layer' })
      .toBeLessThanOrEqual(320);
    await expect.poll(() => alice.videoWidth('Bob'), SLOW).toBeGreaterThan(0);
    const small = await alice.videoWidth('Bob');

    await alice.page.setViewportSize({ width: 1600, height: 1000 });
    // Larger, not an exact size: Chromium lowers its resolution when the cores are busy.
    await expect
      .poll(() => alice.videoWidth('Bob'), { ...SLOW, message: 'a large tile gets a higher layer' })
      .toBeGreaterThan(small);
    test.info().annotations.push({ type: 'layers', description: `${small} px wide, then ${await alice.videoWidth('Bob')} px` });
  });

  await test.step('"None (audio only)": no remote video, not a byte of it, and the sound goes on', async () => {
    // Someone to hear: Bob speaks again (he is on Alice's page already, so nothing moves).
    await bob.page.getByRole('button', { name: 'Microphone' }).click();
    await expect(bob.page.getByRole('button', { name: 'Microphone' })).toHaveAttribute('aria-pressed', 'true');
    await incomingVideo(alice.page).selectOption({ label: 'None (audio only)' });
    await expect(alice.tile('Bob').locator('video')).toHaveCount(0);
    await expect(alice.page.locator('video')).toHaveCount(1); // her own camera
    await expect.poll(() => alice.inboundGrowth('video'), { ...SLOW, message: 'video bytes received by Alice' }).toBe(0);
    await expect.poll(() => alice.inboundGrowth('audio'), { ...SLOW, message: 'audio bytes received by Alice' }).toBeGreaterThan(0);

    await incomingVideo(alice.page).selectOption({ label: 'All videos' });
    await alice.expectVideoPlaying('Bob');
  });

  await test.step('the choices survive a reload', async () => {
    await alice.page.reload();
    await alice.page.getByRole('button', { name: 'Join' }).click();
    await expect(alice.tile('Alice (you)')).toBeVisible();
    await expect(videosPerPage(alice.page)).toHaveValue('1');
    await expect(incomingVideo(alice.page)).toHaveValue('all');
    await alice.expectVideoPlaying('Bob');
  });

  for (const person of [alice, bob, carol]) await person.close();
});
