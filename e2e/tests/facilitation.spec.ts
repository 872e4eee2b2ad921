import { expect, test } from '@playwright/test';
import { Participant } from '../support/participant.js';
import { uniqueRoom } from '../support/rooms.js';

test('a facilitated call: queue, floor, agenda and proposals on every screen', async ({ browser }) => {
  const room = uniqueRoom('facile');
  const alice = await Participant.open(browser, 'Alice');
  const bob = await Participant.open(browser, 'Bob');
  const carol = await Participant.open(browser, 'Carol');
  const everyone = [alice, bob, carol];
  // Alice creates the room: the first person in is its facilitator.
  for (const person of everyone) await person.join(room);

  await test.step('the facilitator prepares the agenda', async () => {
    for (const title of ['Tour de table', 'Fête de quartier']) {
      await alice.page.getByRole('textbox', { name: 'Item title' }).fill(title);
      await alice.page.getByRole('button', { name: 'Add item' }).click();
    }
    for (const person of everyone) {
      await expect(person.page.getByRole('list', { name: 'Agenda' }).getByRole('listitem')).toHaveCount(2);
    }
  });

  await test.step('hands raised show in the same order everywhere', async () => {
    await bob.page.getByRole('button', { name: 'Raise hand' }).click();
    await expect(bob.page.getByRole('button', { name: 'Lower hand' })).toBeVisible();
    await carol.page.getByRole('button', { name: 'Raise hand' }).click();
    for (const person of everyone) {
      const queue = person.page.getByRole('list', { name: 'Speaking queue' }).getByRole('listitem');
      await expect(queue).toHaveCount(2);
      await expect(queue.nth(0)).toHaveText(/^Bob/);
      await expect(queue.nth(1)).toHaveText(/^Carol/);
    }
  });

  await test.step('the facilitator gives the floor; the speaker’s tile shows it with a timer', async () => {
    await alice.page.getByRole('button', { name: 'Give the floor' }).click();
    for (const person of everyone) {
      const label = person === bob ? 'Bob (you)' : 'Bob';
      const timer = person.tile(label).getByRole('timer');
      await expect(timer).toContainText(/has the floor/i);
      const first = await timer.textContent();
      await expect.poll(() => timer.textContent(), { timeout: 5_000 }).not.toBe(first);
      await expect(person.page.getByRole('list', { name: 'Speaking queue' }).getByRole('listitem')).toHaveCount(1);
    }
  });

  await test.step('moving to the next item shows it everywhere with its countdown running', async () => {
    await alice.page.getByRole('button', { name: 'Next item' }).click();
    for (const person of everyone) {
      const current = person.page.getByRole('region', { name: 'Current item' });
      await expect(current).toContainText('Tour de table');
      const countdown = current.getByRole('timer');
      const first = await countdown.textContent();
      await expect.poll(() => countdown.textContent(), { timeout: 5_000 }).not.toBe(first);
    }
  });

  await test.step('a participant proposes an item and the facilitator sees it', async () => {
    await carol.page.getByRole('textbox', { name: 'Item title' }).fill('Covoiturage');
    await carol.page.getByRole('button', { name: 'Add item' }).click();
    await expect(alice.page.getByRole('list', { name: 'Agenda' })).toContainText('Covoiturage');
  });

  await test.step('facilitator controls are not offered to participants', async () => {
    await expect(bob.page.getByRole('button', { name: 'Next item' })).toHaveCount(0);
    await expect(bob.page.getByRole('button', { name: 'Give the floor' })).toHaveCount(0);
  });

  for (const person of everyone) await person.close();
});

test('facilitation in French, and a late joiner sees the whole state', async ({ browser }) => {
  const room = uniqueRoom('reprise');
  const anna = await Participant.open(browser, 'Anna', 'fr-FR');
  await anna.page.goto(`/r/${room}`);
  await anna.page.getByRole('textbox', { name: 'Nom' }).fill('Anna');
  await anna.page.getByRole('button', { name: 'Rejoindre' }).click();
  await anna.page.getByRole('textbox', { name: 'Titre du point' }).fill('Bilan');
  await anna.page.getByRole('button', { name: 'Ajouter un point' }).click();
  await anna.page.getByRole('button', { name: 'Lever la main' }).click();
  await expect(anna.page.getByRole('list', { name: 'File de parole' }).getByRole('listitem')).toHaveCount(1);
  await anna.page.getByRole('textbox', { name: 'Message' }).fill('Premier message');
  await anna.page.getByRole('textbox', { name: 'Message' }).press('Enter');
  await expect(anna.page.getByRole('log', { name: 'Discussion' })).toContainText('Premier message');

  const ben = await Participant.open(browser, 'Ben', 'fr-FR');
  await ben.page.goto(`/r/${room}`);
  await ben.page.getByRole('textbox', { name: 'Nom' }).fill('Ben');
  await ben.page.getByRole('button', { name: 'Rejoindre' }).click();
  // A late joiner sees the whole state at once.
  await expect(ben.page.getByRole('list', { name: 'Ordre du jour' })).toContainText('Bilan');
  await expect(ben.page.getByRole('list', { name: 'File de parole' }).getByRole('listitem').first()).toHaveText(/^Anna/);
  await expect(ben.page.getByRole('log', { name: 'Discussion' })).toContainText('Premier message');

  await anna.close();
  await ben.close();
});
