import { expect, test } from '@playwright/test';
import { Participant } from '../support/participant.js';
import { uniqueRoom } from '../support/rooms.js';

test('two workshop rooms link: each shows the other as one tile, picture and sound both ways', async ({ browser, baseURL }) => {
  const roomA = uniqueRoom('atelier-a');
  const roomB = uniqueRoom('atelier-b');
  const alice = await Participant.open(browser, 'Alice');
  const bob = await Participant.open(browser, 'Bob');
  await alice.join(roomA);
  await bob.join(roomB);
  const audioBefore = { alice: await alice.inboundRtp('audio', 'bytesReceived'), bob: await bob.inboundRtp('audio', 'bytesReceived') };

  await test.step("Alice (facilitating A) pastes B's link; Bob (facilitating B) is asked and accepts", async () => {
    await alice.page.getByRole('button', { name: 'Participants' }).click();
    await alice.page.getByRole('textbox', { name: 'Room to link (its name or link)' }).fill(`${baseURL}/r/${roomB}`);
    await alice.page.getByRole('button', { name: 'Link', exact: true }).click();
    await expect(alice.page.getByText(`Waiting for a facilitator of ${roomB} to accept`)).toBeVisible();
    const invitation = bob.page.getByRole('region', { name: `Link request from ${roomA}` });
    await expect(invitation).toContainText('each room will appear in the other');
    await invitation.getByRole('button', { name: 'Accept the link' }).click();
    await expect(invitation).toHaveCount(0);
    await expect(alice.page.getByText(`${roomB} accepted`)).toBeVisible();
  });

  await test.step('each room shows the other as a tile marked as a room, its camera decoded', async () => {
    await expect(alice.tile(roomB)).toContainText('Linked room');
    await expect(bob.tile(roomA)).toContainText('Linked room');
    await alice.expectVideoPlaying(roomB);
    await bob.expectVideoPlaying(roomA);
  });

  await test.step("each hears the other room's microphone through its tile", async () => {
    // Alone in their rooms, the only sound either can receive comes across the link.
    await expect.poll(() => alice.inboundRtp('audio', 'bytesReceived'), { message: 'Alice hears B' }).toBeGreaterThan(audioBefore.alice + 5_000);
    await expect.poll(() => bob.inboundRtp('audio', 'bytesReceived'), { message: 'Bob hears A' }).toBeGreaterThan(audioBefore.bob + 5_000);
  });

  await test.step("when Alice's room goes live, Bob's room is told it is seen in that stream", async () => {
    await alice.page.getByRole('button', { name: 'Go live' }).click();
    await expect(bob.page.getByRole('status', { name: 'Live' })).toContainText(`through ${roomA}`);
    await alice.page.getByRole('button', { name: 'Stop live' }).click();
    await expect(bob.page.getByRole('status', { name: 'Live' })).toHaveCount(0);
  });

  await test.step('Bob ends the link from his participant list: both tiles go', async () => {
    await bob.page.getByRole('button', { name: 'Participants' }).click();
    await bob.page.getByRole('button', { name: `End the link with ${roomA}` }).click();
    await expect(bob.tile(roomA)).toHaveCount(0);
    await expect(alice.tile(roomB)).toHaveCount(0);
  });

  await alice.close();
  await bob.close();
});
