import { expect, test } from '@playwright/test';
import { minutesSection, openMinutes, writeAtEnd } from '../support/minutes.js';
import { Participant } from '../support/participant.js';
import { uniqueRoom } from '../support/rooms.js';
import { expectedSignature, WebhookReceiver } from '../support/webhook-receiver.js';

const GENERAL = 'General notes';
const ITEM = 'Budget';
const DECISION = 'Adopter le budget 2027';
const ACTION = 'Réserver la salle des fêtes';
const PRIVATE = 'Confidentiel : le trésorier démissionne';
const WEBHOOK_SECRET = 'e2e-webhook-secret';

test('the minutes are reviewed, published now, and the archive, feed and webhook leave the private note out', async ({ browser, request }) => {
  const room = uniqueRoom('publication');
  const hook = await WebhookReceiver.start();
  const alice = await Participant.open(browser, 'Alice');
  const bob = await Participant.open(browser, 'Bob');

  await test.step('Alice, first in, facilitates; Bob agrees to be named', async () => {
    await alice.join(room);
    await bob.page.goto(`/r/${room}`);
    await bob.page.getByRole('textbox', { name: 'Name' }).fill('Bob');
    const consent = bob.page.getByRole('checkbox', { name: 'Name me in the published minutes' });
    await expect(consent).not.toBeChecked();
    await consent.check();
    await bob.page.getByRole('button', { name: 'Join' }).click();
    await expect(bob.tile('Bob (you)')).toBeVisible();
  });

  await test.step('on the room page, Alice adds a webhook target', async () => {
    // Back on the room page (a reload): the facilitator's tools are there, the call resumes after.
    await alice.page.reload();
    const settings = alice.page.getByRole('region', { name: 'Publishing the minutes' });
    await expect(settings.getByRole('list', { name: 'Publishing targets' })).toHaveText('Archive');
    await settings.getByRole('button', { name: 'Set up publishing' }).click();
    const form = settings.getByRole('form', { name: 'Publishing targets' });
    await form.getByRole('checkbox', { name: 'Publish to Webhook' }).check();
    await form.getByRole('textbox', { name: 'URL', exact: true }).fill(hook.url);
    await form.getByRole('button', { name: 'Save' }).click();
    // A new target needs its secret.
    await expect(form.getByRole('alert')).toContainText('Signing secret');
    await form.getByLabel('Signing secret').fill(WEBHOOK_SECRET);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(settings.getByRole('status')).toHaveText('Publishing targets saved.');
    await expect(settings.getByRole('listitem')).toHaveText(['Archive', 'Webhook']);
    await alice.page.getByRole('button', { name: 'Join' }).click();
    await expect(alice.tile('Alice (you)')).toBeVisible();
  });

  await test.step('an agenda item, a decision, an action and a private note', async () => {
    await alice.page.getByRole('textbox', { name: 'Item title' }).fill(ITEM);
    await alice.page.getByRole('button', { name: 'Add item' }).click();
    await openMinutes(alice.page);
    await openMinutes(bob.page);
    await expect(minutesSection(alice.page, ITEM)).toBeVisible();

    await writeAtEnd(alice.page, GENERAL);
    await alice.page.keyboard.type(PRIVATE);
    const privateButton = alice.page.getByRole('button', { name: 'Private', exact: true });
    await privateButton.click();
    await expect(privateButton).toHaveAttribute('aria-pressed', 'true');

    await writeAtEnd(alice.page, ITEM);
    await alice.page.keyboard.type(`D: ${DECISION}`);
    // The caret is at the end of the decision: Enter starts the next block, as a person would.
    await alice.page.keyboard.press('Enter');
    await alice.page.keyboard.type(`A: ${ACTION}`);
    await alice.page.getByRole('textbox', { name: 'Owner', exact: true }).fill('Bob');
    await alice.page.getByLabel('Due date', { exact: true }).fill('2026-12-01');

    // Bob's summary shows all of it: the server has every edit before the meeting ends.
    await bob.page.getByRole('tab', { name: 'Summary' }).click();
    await expect(bob.page.getByRole('list', { name: 'Decisions' })).toContainText(DECISION);
    const actions = bob.page.getByRole('list', { name: 'Actions' });
    await expect(actions).toContainText(ACTION);
    await expect(actions).toContainText('Owner: Bob');
    await expect(actions).toContainText('Dec 1, 2026');
  });

  const review = alice.page.getByRole('region', { name: 'Minutes to publish' });
  await test.step('Alice ends the meeting and reviews the report', async () => {
    await alice.page.getByRole('button', { name: 'End meeting' }).click();
    await alice.page.getByRole('button', { name: 'End for everyone' }).click();
    await expect(alice.page.getByRole('heading', { name: 'The meeting has ended' })).toBeVisible();
    const preview = review.getByRole('article', { name: 'Preview of the minutes' });
    await expect(preview.getByRole('list', { name: 'Decisions' })).toContainText(DECISION);
    await expect(preview.getByRole('list', { name: 'Actions' })).toContainText(ACTION);
    await expect(preview.getByRole('list', { name: 'Actions' })).toContainText('Owner: Bob');
    await expect(preview).not.toContainText(PRIVATE);
    await expect(review).toContainText('Published automatically in');
    await expect(review.getByRole('listitem', { name: 'Archive' })).toContainText('In review');
    await expect(review.getByRole('listitem', { name: 'Webhook' })).toContainText('In review');
    // Only the facilitator reviews; everyone gets the archive.
    await expect(bob.page.getByRole('heading', { name: 'The meeting has ended' })).toBeVisible();
    await expect(bob.page.getByRole('button', { name: 'Publish now' })).toHaveCount(0);
    await expect(bob.page.getByRole('link', { name: 'Archive of published minutes' })).toHaveAttribute('href', `/archive/${room}`);
  });

  await test.step('"Publish now": the archive and the webhook are published', async () => {
    await review.getByRole('button', { name: 'Publish now' }).click();
    await expect(review.getByRole('listitem', { name: 'Archive' })).toContainText('Published', { timeout: 30_000 });
    await expect(review.getByRole('listitem', { name: 'Webhook' })).toContainText('Published', { timeout: 30_000 });
    await expect(review.getByRole('button', { name: 'Publish now' })).toHaveCount(0);
    await expect(review.getByRole('link', { name: 'Published minutes (archive)' })).toHaveAttribute('href', new RegExp(`^/archive/${room}/`));
  });

  let reportPath = '';
  await test.step('the archive shows the decision and the action, not the private note', async () => {
    const page = alice.page;
    await page.goto('/archive');
    // Under the room's heading, the report by its title ("Meeting of <room>, <date>").
    await page.getByRole('link', { name: new RegExp(`^Meeting of ${room}, `) }).click();
    await expect(page).toHaveURL(new RegExp(`/archive/${room}/[0-9-]+$`));
    reportPath = new URL(page.url()).pathname;
    const body = page.locator('body');
    await expect(body).toContainText(DECISION);
    await expect(body).toContainText(ACTION);
    await expect(body).toContainText('Bob');
    await expect(body).not.toContainText(PRIVATE);
  });

  await test.step('the Markdown and the Atom feed leave the private note out too', async () => {
    const markdown = await request.get(`${reportPath}.md`);
    expect(markdown.ok()).toBe(true);
    const markdownText = await markdown.text();
    expect(markdownText).toContain(DECISION);
    expect(markdownText).toContain(ACTION);
    expect(markdownText).not.toContain(PRIVATE);

    const feed = await request.get(`/archive/${room}.atom`);
    expect(feed.ok()).toBe(true);
    const feedText = await feed.text();
    expect(feedText).toContain(DECISION);
    expect(feedText).not.toContain(PRIVATE);
  });

  await test.step('the webhook got the signed report, without the private note, naming only Bob', async () => {
    expect(hook.received).toHaveLength(1);
    const [delivery] = hook.received;
    expect(delivery!.signature).toBe(expectedSignature(WEBHOOK_SECRET, delivery!.body));
    expect(delivery!.body).toContain(DECISION);
    expect(delivery!.body).not.toContain(PRIVATE);
    const payload = JSON.parse(delivery!.body) as { archivePath: string; report: { participants: { count: number; named: string[] } } };
    expect(payload.archivePath).toBe(reportPath);
    expect(payload.report.participants.named).toEqual(['Bob']);
  });

  await hook.close();
  await alice.close();
  await bob.close();
});
