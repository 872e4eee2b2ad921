import { expect, test } from '@playwright/test';
import {
  dropWebSockets,
  minutesEditor,
  minutesSection,
  minutesText,
  openMinutes,
  recordWebSockets,
  webSocketCounts,
  whenTextShows,
  writeAtEnd,
} from '../support/minutes.js';
import { Participant } from '../support/participant.js';
import { uniqueRoom } from '../support/rooms.js';

const GENERAL = 'General notes';

test('two people write the same section at once and read each other’s decisions and actions', async ({ browser }) => {
  const room = uniqueRoom('cr');
  const alice = await Participant.open(browser, 'Alice');
  const bob = await Participant.open(browser, 'Bob');
  await alice.join(room);
  await bob.join(room);
  await openMinutes(alice.page);
  await openMinutes(bob.page);
  await expect(minutesSection(alice.page, GENERAL)).toBeVisible();

  await test.step('both type in the general section at the same time', async () => {
    await writeAtEnd(alice.page, GENERAL);
    await alice.page.keyboard.type('|');
    await expect(minutesEditor(bob.page)).toContainText('|');
    await writeAtEnd(bob.page, GENERAL);
    await alice.page.keyboard.press('Home');
    await Promise.all([
      alice.page.keyboard.type('Alice était là ', { delay: 40 }),
      bob.page.keyboard.type(' Bob aussi', { delay: 40 }),
    ]);
    for (const person of [alice, bob]) {
      await expect(minutesEditor(person.page)).toContainText('Alice était là');
      await expect(minutesEditor(person.page)).toContainText('Bob aussi');
    }
    await expect.poll(() => minutesText(bob.page)).toBe(await minutesText(alice.page));
    // Bob sees where Alice writes, under her name.
    await expect(minutesEditor(bob.page).locator('.minutes-cursor', { hasText: 'Alice' })).toHaveCount(1);
    await expect(bob.page.getByRole('list', { name: 'Also in the minutes' })).toContainText('Alice');
  });

  await test.step('a keystroke shows on the other screen quickly (measured)', async () => {
    const delays: number[] = [];
    for (let round = 0; round < 5; round += 1) {
      const marker = `k${round}q`;
      const shown = whenTextShows(bob.page, marker);
      await alice.page.keyboard.type(marker.slice(0, -1));
      const typedAt = Date.now();
      await alice.page.keyboard.press(marker.slice(-1));
      // It must arrive; how fast is the measurement below.
      await expect(minutesEditor(bob.page)).toContainText(marker, { timeout: 10_000 });
      delays.push((await shown) - typedAt);
    }
    delays.sort((a, b) => a - b);
    const median = delays[Math.floor(delays.length / 2)]!;
    test.info().annotations.push({
      type: 'keystroke to other screen (ms)',
      description: `median ${median}, max ${delays.at(-1)}, all ${delays.join(', ')} (target: under 1000)`,
    });
    console.log(`minutes: keystroke → other screen, ms: ${delays.join(', ')}`);
    // The target is 1 s; on this shared two-core machine the figure is the annotation
    // above, and only a gross regression fails the test.
    expect(median).toBeLessThan(3_000);
  });

  await test.step('a decision and an action typed by Alice are in Bob’s summary', async () => {
    await alice.page.keyboard.press('End');
    await alice.page.keyboard.press('Enter');
    await alice.page.keyboard.type('D: Adopter le budget');
    await alice.page.getByRole('combobox', { name: 'How it was decided' }).selectOption('consensus');
    await minutesEditor(alice.page).getByText('Adopter le budget').click();
    await alice.page.keyboard.press('End');
    await alice.page.keyboard.press('Enter');
    await alice.page.keyboard.type('A: Réserver la salle');
    await alice.page.getByRole('textbox', { name: 'Owner', exact: true }).fill('Bob');
    await alice.page.getByLabel('Due date', { exact: true }).fill('2026-12-01');

    await bob.page.getByRole('tab', { name: 'Summary' }).click();
    const decisions = bob.page.getByRole('list', { name: 'Decisions' });
    const actions = bob.page.getByRole('list', { name: 'Actions' });
    await expect(decisions.getByRole('listitem')).toHaveCount(1);
    await expect(decisions).toContainText('Adopter le budget');
    await expect(decisions).toContainText('By consensus');
    await expect(actions.getByRole('listitem')).toHaveCount(1);
    await expect(actions).toContainText('Réserver la salle');
    await expect(actions).toContainText('Owner: Bob');
    await expect(actions).toContainText('Dec 1, 2026');
  });

  await alice.close();
  await bob.close();
});

test('edits made offline are merged when the connection comes back', async ({ browser }) => {
  const room = uniqueRoom('horsligne');
  const alice = await Participant.open(browser, 'Alice');
  const bob = await Participant.open(browser, 'Bob');
  await bob.context.addInitScript(recordWebSockets);
  await alice.join(room);
  await bob.join(room);
  await openMinutes(alice.page);
  await openMinutes(bob.page);
  await writeAtEnd(alice.page, GENERAL);
  await alice.page.keyboard.type('Avant la coupure.');
  await expect(minutesEditor(bob.page)).toContainText('Avant la coupure.');

  await test.step('Bob loses the network', async () => {
    expect((await webSocketCounts(bob.page)).open).toBe(1);
    await bob.context.setOffline(true);
    // Chromium's offline emulation closes the established WebSocket too (measured: none left
    // open). Were it left open, nothing would notice before Socket.IO's ping timeout (25 + 20 s)
    // closed it, as it does after a real cut: the test would close it now instead.
    const counts = await webSocketCounts(bob.page);
    test.info().annotations.push({ type: 'websockets after setOffline(true)', description: `${counts.open} open of ${counts.opened}` });
    if (counts.open > 0) await dropWebSockets(bob.page);
    await expect(bob.page.getByRole('status').filter({ hasText: 'Offline' }).first()).toBeVisible();
  });

  await test.step('both write while apart', async () => {
    await writeAtEnd(bob.page, GENERAL);
    await bob.page.keyboard.press('Enter');
    await bob.page.keyboard.type('Écrit par Bob hors ligne.');
    await alice.page.keyboard.press('Enter');
    await alice.page.keyboard.type('Écrit par Alice en ligne.');
    await expect(minutesEditor(bob.page)).toContainText('Écrit par Bob hors ligne.');
    await expect(minutesEditor(alice.page)).toContainText('Écrit par Alice en ligne.');
    // Apart for a moment: neither sees the other's new line.
    await expect(minutesEditor(alice.page)).not.toContainText('Écrit par Bob hors ligne.');
    await expect(minutesEditor(bob.page)).not.toContainText('Écrit par Alice en ligne.');
  });

  await test.step('back online, both documents converge', async () => {
    await bob.context.setOffline(false);
    for (const person of [alice, bob]) {
      await expect(minutesEditor(person.page)).toContainText('Écrit par Bob hors ligne.', { timeout: 30_000 });
      await expect(minutesEditor(person.page)).toContainText('Écrit par Alice en ligne.', { timeout: 30_000 });
    }
    await expect.poll(() => minutesText(bob.page)).toBe(await minutesText(alice.page));
    await expect(bob.page.getByRole('status').filter({ hasText: 'Offline' })).toHaveCount(0);
  });

  await alice.close();
  await bob.close();
});

test('a private block is marked for everyone and left out of the published minutes', async ({ browser }) => {
  const room = uniqueRoom('prive');
  const alice = await Participant.open(browser, 'Alice');
  const bob = await Participant.open(browser, 'Bob');
  await alice.join(room);
  await bob.join(room);
  await openMinutes(alice.page);
  await openMinutes(bob.page);

  await test.step('the minutes follow the agenda: an item added is a section for everyone', async () => {
    await alice.page.getByRole('textbox', { name: 'Item title' }).fill('Fête de quartier');
    await alice.page.getByRole('button', { name: 'Add item' }).click();
    for (const person of [alice, bob]) {
      await expect(minutesSection(person.page, 'Fête de quartier')).toBeVisible();
      await expect(minutesEditor(person.page).getByRole('heading')).toHaveText([GENERAL, 'Fête de quartier']);
    }
  });

  await test.step('Alice writes a public decision and a private question', async () => {
    await writeAtEnd(alice.page, GENERAL);
    await alice.page.keyboard.type('D: Fête le 21 juin');
    await alice.page.keyboard.press('Enter');
    await alice.page.keyboard.type('? Qui garde la caisse');
    const privateButton = alice.page.getByRole('button', { name: 'Private', exact: true });
    await expect(privateButton).toHaveAttribute('aria-pressed', 'false');
    await privateButton.click();
    await expect(privateButton).toHaveAttribute('aria-pressed', 'true');
    const question = minutesEditor(bob.page).locator('.minutes-block--question');
    await expect(question).toContainText('Qui garde la caisse');
    await expect(question).toContainText('private, not published');
  });

  await test.step('the history of the ended meeting shows the decision, not the private question', async () => {
    await alice.page.getByRole('button', { name: 'End meeting' }).click();
    await alice.page.getByRole('button', { name: 'End for everyone' }).click();
    await expect(alice.page.getByRole('heading', { name: 'The meeting has ended' })).toBeVisible();
    await alice.page.getByRole('link', { name: 'Minutes of past meetings' }).click();
    const meetings = alice.page.getByRole('list', { name: 'Meetings' });
    await expect(meetings.getByRole('listitem')).toHaveCount(1);
    await meetings.getByRole('link').click();
    await expect(alice.page.getByRole('main')).toContainText('Fête le 21 juin');
    await expect(alice.page.getByRole('list', { name: 'Decisions' })).toContainText('Fête le 21 juin');
    await expect(alice.page.getByRole('main')).not.toContainText('Qui garde la caisse');
  });

  await alice.close();
  await bob.close();
});

test('in French the minutes are the “Compte-rendu”, loaded from this origin only', async ({ browser, baseURL }) => {
  const room = uniqueRoom('fr');
  const amelie = await Participant.open(browser, 'Amélie', 'fr-FR');
  // TipTap injects its stylesheet inline unless told not to: the CSP would refuse it.
  const refused: string[] = [];
  amelie.page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  await amelie.page.goto(`/r/${room}`);
  await amelie.page.getByRole('textbox', { name: 'Nom' }).fill('Amélie');
  await amelie.page.getByRole('button', { name: 'Rejoindre' }).click();
  const editor = await openMinutes(amelie.page, 'Compte-rendu');
  await expect(editor.getByRole('heading', { name: 'Général' })).toBeVisible();
  await expect(amelie.page.getByRole('button', { name: 'Décision', exact: true })).toBeVisible();
  await expect(amelie.page.getByRole('tab', { name: 'Synthèse' })).toBeVisible();
  await editor.getByRole('region', { name: 'Général' }).locator('p').first().click();
  await amelie.page.keyboard.type('? Qui anime la prochaine');
  await expect(editor).toContainText('Question ouverte');
  expect(refused).toEqual([]);
  // The editor's chunk came from here, like everything else.
  expect(amelie.requests.some((url) => /MinutesPanelContent-.*\.js$/.test(url))).toBe(true);
  const origin = new URL(baseURL!).origin;
  const foreign = amelie.requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
  expect(foreign).toEqual([]);
  await amelie.close();
});
