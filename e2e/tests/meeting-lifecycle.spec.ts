import { expect, test } from '@playwright/test';
import { Participant } from '../support/participant.js';
import { uniqueRoom } from '../support/rooms.js';

test('the agenda is prepared before the call and is there once people join', async ({ browser }) => {
  const room = uniqueRoom('avant');
  const visitor = await Participant.open(browser, 'Vera');
  const bob = await Participant.open(browser, 'Bob');

  await test.step('a visitor proposes an item from the room page, nobody in the call yet', async () => {
    await visitor.page.goto(`/r/${room}`);
    const agenda = visitor.page.getByRole('list', { name: 'Agenda' });
    await visitor.page.getByRole('textbox', { name: 'Item title' }).fill('Accueil');
    await visitor.page.getByRole('spinbutton', { name: 'Minutes' }).fill('10');
    // No name yet: asked for it first, nothing sent.
    await visitor.page.getByRole('textbox', { name: 'Name' }).fill('');
    await visitor.page.getByRole('button', { name: 'Propose item' }).click();
    await expect(visitor.page.getByRole('alert')).toContainText('name');
    await expect(agenda.getByRole('listitem')).toHaveCount(0);

    await visitor.page.getByRole('textbox', { name: 'Name' }).fill('Vera');
    await visitor.page.getByRole('button', { name: 'Propose item' }).click();
    await expect(agenda.getByRole('listitem')).toHaveCount(1);
    await expect(agenda.getByRole('listitem').first()).toContainText('Accueil');
    await expect(agenda.getByRole('listitem').first()).toContainText('10 min');
    await expect(visitor.page.getByRole('alert')).toHaveCount(0);
  });

  await test.step('whoever joins finds it in the call', async () => {
    await bob.join(room);
    await expect(bob.page.getByRole('list', { name: 'Agenda' })).toContainText('Accueil');
  });

  await visitor.close();
  await bob.close();
});

test('a facilitator ends the meeting for everyone', async ({ browser }) => {
  const room = uniqueRoom('fin');
  const alice = await Participant.open(browser, 'Alice');
  const bob = await Participant.open(browser, 'Bob');
  // Alice is first in: she facilitates.
  await alice.join(room);
  await bob.join(room);
  await bob.expectVideoPlaying('Alice');

  await test.step('only the facilitator is offered to end it, after a confirmation', async () => {
    await expect(bob.page.getByRole('button', { name: 'End meeting' })).toHaveCount(0);
    await alice.page.getByRole('button', { name: 'End meeting' }).click();
    const confirm = alice.page.getByRole('dialog', { name: 'End the meeting for everyone?' });
    await expect(confirm).toBeVisible();
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toBeHidden();
    await expect(bob.tile('Alice')).toBeVisible();

    await alice.page.getByRole('button', { name: 'End meeting' }).click();
    await confirm.getByRole('button', { name: 'End for everyone' }).click();
  });

  await test.step('the call is over on every screen, media included', async () => {
    for (const person of [alice, bob]) {
      await expect(person.page.getByRole('heading', { name: 'The meeting has ended' })).toBeVisible();
      await expect(person.page.getByText('Ended by Alice')).toBeVisible();
    }
    await expect(bob.page.locator('video')).toHaveCount(0);
    await expect
      .poll(() =>
        bob.page.evaluate(() =>
          (window as unknown as { __peerConnections: RTCPeerConnection[] }).__peerConnections.every(
            (connection) => connection.connectionState === 'closed',
          ),
        ),
      )
      .toBe(true);
  });

  await test.step('the room page is where the next meeting starts', async () => {
    await bob.page.getByRole('button', { name: 'Back to the room page' }).click();
    await expect(bob.page.getByRole('button', { name: 'Join' })).toBeVisible();
  });

  await alice.close();
  await bob.close();
});

test('a reload keeps the raised hand', async ({ browser }) => {
  const room = uniqueRoom('main');
  const alice = await Participant.open(browser, 'Alice');
  const bob = await Participant.open(browser, 'Bob');
  await alice.join(room);
  await bob.join(room);
  const queue = alice.page.getByRole('list', { name: 'Speaking queue' }).getByRole('listitem');

  await bob.page.getByRole('button', { name: 'Raise hand' }).click();
  await expect(queue).toHaveCount(1);

  await bob.page.reload();
  await bob.page.getByRole('textbox', { name: 'Name' }).fill('Bob');
  await bob.page.getByRole('button', { name: 'Join' }).click();
  await expect(bob.tile('Bob (you)')).toBeVisible();
  // Back in the same seat: the hand is still up, once.
  await expect(bob.page.getByRole('button', { name: 'Lower hand' })).toBeVisible();
  await expect(alice.tile('Bob')).toBeVisible();
  await expect(queue).toHaveCount(1);
  await expect(queue.first()).toHaveText(/^Bob/);

  await alice.close();
  await bob.close();
});
