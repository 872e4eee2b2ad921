import { expect, test } from '@playwright/test';
import { baseURL } from '../playwright.config.js';
import { sampleMeter, Visitor } from '../support/newcomer-page.js';
import { uniqueRoom } from '../support/rooms.js';

test('a newcomer checks their devices, reads the guide with the room’s glossary, and is welcomed', async ({ browser }) => {
  const room = uniqueRoom('accueil');
  const alice = await Visitor.open(browser);
  const nina = await Visitor.open(browser, 'Europe/Paris');

  await test.step('someone adds a word to the room’s glossary from the guide, then joins first (facilitator)', async () => {
    await alice.page.goto(`/r/${room}`);
    await alice.page.getByRole('button', { name: 'How does it work?' }).click();
    const guide = alice.page.getByRole('dialog', { name: 'Guide' });
    await expect(guide).toBeVisible();
    await guide.getByRole('textbox', { name: 'Term' }).fill('AG');
    await guide.getByRole('textbox', { name: 'Definition' }).fill('Assemblée générale, une fois par an');
    await guide.getByRole('button', { name: 'Add to the glossary' }).click();
    await expect(guide.getByRole('list', { name: 'Glossary' }).getByRole('listitem')).toHaveCount(1);
    await guide.getByRole('button', { name: 'Got it' }).click();
    await expect(guide).toBeHidden();
    await alice.joinAs('Alice');
  });

  await test.step('the newcomer’s microphone meter moves with the fake microphone’s beeps', async () => {
    await nina.page.goto(`/r/${room}`);
    const meter = nina.page.getByRole('meter', { name: 'Microphone level' });
    await expect(meter).toBeVisible();
    const values = await sampleMeter(meter, 4_000);
    expect(new Set(values).size, `meter values: ${values.join(' ')}`).toBeGreaterThan(2);
    expect(Math.max(...values), `meter values: ${values.join(' ')}`).toBeGreaterThan(30);
    await nina.page.getByRole('button', { name: 'Test speakers' }).click();
    await expect(nina.page.getByRole('button', { name: 'Test speakers' })).toBeEnabled();
  });

  await test.step('ticking “first time” opens the guide, with the word someone added', async () => {
    await nina.page.getByRole('checkbox', { name: 'This is my first time' }).check();
    const guide = nina.page.getByRole('dialog', { name: 'Guide' });
    await expect(guide).toBeVisible();
    await expect(guide).toContainText('Raise hand');
    await expect(guide.getByRole('list', { name: 'Glossary' })).toContainText('AG');
    await expect(guide.getByRole('list', { name: 'Glossary' })).toContainText('Assemblée générale');
    await guide.getByRole('button', { name: 'Got it' }).click();
    await expect(guide).toBeHidden();
  });

  await test.step('audio only: the camera goes off before joining, with just a name', async () => {
    await nina.page.getByRole('checkbox', { name: 'Audio only (no camera)' }).check();
    await expect(nina.page.getByText('No camera', { exact: true })).toBeVisible();
    await nina.joinAs('Nina');
    await expect(nina.tile('Nina (you)').locator('video')).toHaveCount(0);
    await expect(nina.tile('Nina (you)')).toContainText('First time');
  });

  await test.step('the facilitator sees the “first time” mark on the tile and in the list', async () => {
    await expect(alice.tile('Nina')).toContainText('First time');
    await expect(alice.tile('Alice (you)')).not.toContainText('First time');
    await alice.page.getByRole('button', { name: 'Participants' }).click();
    const row = alice.page.getByRole('list', { name: 'Participants' }).getByRole('listitem').filter({ hasText: 'Nina' });
    await expect(row).toContainText('First time');
  });

  expect(alice.foreignRequests(baseURL)).toEqual([]);
  expect(nina.foreignRequests(baseURL)).toEqual([]);
  await alice.close();
  await nina.close();
});

test('a facilitator plans the meetings: the room page shows the next one, the calendar feed follows', async ({ browser }) => {
  const room = uniqueRoom('hebdo');
  // The server's data outlives a run: a title of its own keeps this room apart on the home page.
  const title = `Hebdo ${room}`;
  const alice = await Visitor.open(browser, 'America/New_York');
  const visitor = await Visitor.open(browser, 'America/New_York');

  await test.step('the first person in is the facilitator; back on the room page, she can plan', async () => {
    await alice.page.goto(`/r/${room}`);
    await expect(alice.page.getByRole('button', { name: 'Plan regular meetings' })).toHaveCount(0);
    await alice.joinAs('Alice');
    // Seated as facilitator (the secret is kept for this tab) before leaving.
    await expect(alice.page.getByRole('button', { name: 'End meeting' })).toBeVisible();
    await alice.page.getByRole('button', { name: 'Leave' }).click();
    await alice.page.goto(`/r/${room}`);
    await alice.page.getByRole('button', { name: 'Plan regular meetings' }).click();
  });

  await test.step('every day at noon, Paris time, listed on the home page', async () => {
    const form = alice.page.getByRole('form', { name: 'Room schedule' });
    await form.getByRole('textbox', { name: 'Meeting title' }).fill(title);
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
      await form.getByRole('checkbox', { name: day }).check();
    }
    await form.getByLabel('Time', { exact: true }).fill('12:00');
    await form.getByRole('combobox', { name: 'Time zone' }).selectOption('Europe/Paris');
    await form.getByRole('spinbutton', { name: 'Duration (minutes)' }).fill('90');
    await form.getByRole('checkbox', { name: 'List this room on the home page' }).check();
    await form.getByRole('button', { name: 'Save the schedule' }).click();
    await expect(form).toBeHidden();
  });

  const nextMeeting = (page: typeof alice.page) => page.getByRole('region', { name: 'Next meeting' });

  await test.step('anyone with the link sees the next meeting in their own zone, Paris named', async () => {
    await visitor.page.goto(`/r/${room}`);
    const section = nextMeeting(visitor.page);
    await expect(section).toContainText(title);
    const first = section.getByRole('list', { name: 'Upcoming meetings' }).getByRole('listitem').first();
    // Noon in Paris is 6 or 7 in the morning in New York, depending on the season.
    await expect(first).toContainText(/[67]:00/);
    await expect(first).toContainText('Europe/Paris time');
    await expect(section.getByRole('button', { name: /^Cancel the meeting of/ })).toHaveCount(0);
    await expect(section.getByRole('link', { name: 'Add to my calendar' })).toHaveAttribute(
      'href',
      `webcal://${new URL(baseURL).host}/r/${room}/calendar.ics`,
    );
  });

  await test.step('the facilitator cancels the next one; it says so', async () => {
    const section = nextMeeting(alice.page);
    await section.getByRole('button', { name: /^Cancel the meeting of/ }).first().click();
    await expect(section.getByRole('list', { name: 'Upcoming meetings' }).getByRole('listitem').first()).toContainText('Cancelled');
  });

  await test.step('the calendar feeds answer text/calendar', async () => {
    for (const path of [`/r/${room}/calendar.ics`, '/calendar.ics']) {
      const response = await visitor.page.request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-type'], path).toContain('text/calendar');
      const body = await response.text();
      expect(body, path).toContain('BEGIN:VCALENDAR');
      expect(body, path).toContain(title);
    }
    const download = visitor.page.getByRole('link', { name: 'Download the .ics file' });
    await expect(download).toHaveAttribute('href', `/r/${room}/calendar.ics`);
  });

  await test.step('the home page lists the room with its next meeting', async () => {
    await visitor.page.goto('/');
    const rooms = visitor.page.getByRole('list', { name: 'Rooms and their next meetings' });
    await expect(rooms.getByRole('link', { name: title })).toHaveAttribute('href', `/r/${room}`);
  });

  expect(visitor.foreignRequests(baseURL)).toEqual([]);
  await alice.close();
  await visitor.close();
});
