import { expect, test } from '@playwright/test';
import { minutesSection, openMinutes, writeAtEnd } from '../support/minutes.js';
import { Participant } from '../support/participant.js';
import { uniqueRoom } from '../support/rooms.js';
import { expectedSignature, WebhookReceiver } from '../support/webhook-receiver.js';

const GENERAL = 'General notes';
const ITEM = 'Budget';
const DECISION = 'Adopter le budget 2027';
/** What Alice types in the call; she fixes it while reviewing the report. */
const DECISION_TYPO = 'Adopter le budget 2072';
const ACTION = 'Réserver la salle des fêtes';
const PRIVATE = 'Confidentiel : le trésorier démissionne';
const WEBHOOK_SECRET = 'e2e-webhook-secret';

test('the minutes are reviewed, a typo fixed, published now, and the archive, feed and webhook have the fix and leave the private note out', async ({ browser, request }) => {
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
    await alice.page.keyboard.type(`D: ${DECISION_TYPO}`);
    // The caret is at the end of the decision: Enter starts the next block, as a person would.
    await alice.page.keyboard.press('Enter');
    await alice.page.keyboard.type(`A: ${ACTION}`);
    await alice.page.getByRole('textbox', { name: 'Owner', exact: true }).fill('Bob');
    await alice.page.getByLabel('Due date', { exact: true }).fill('2026-12-01');

    // Bob's summary shows all of it: the server has every edit before the meeting ends.
    await bob.page.getByRole('tab', { name: 'Summary' }).click();
    await expect(bob.page.getByRole('list', { name: 'Decisions' })).toContainText(DECISION_TYPO);
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
    await expect(preview.getByRole('list', { name: 'Decisions' })).toContainText(DECISION_TYPO);
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
    // Bob is told when this meeting's minutes come out; he cannot correct them.
    await expect(bob.page.getByRole('status').filter({ hasText: 'The facilitators are reviewing the minutes of this meeting' })).toContainText(
      /they will be published at \d{1,2}:\d{2}/,
    );
    await expect(bob.page.getByRole('button', { name: 'Correct the minutes' })).toHaveCount(0);
  });

  await test.step('Alice fixes the typo in the review, and the preview follows', async () => {
    await review.getByRole('button', { name: 'Correct the minutes' }).click();
    const editor = review.getByRole('textbox', { name: 'Minutes', exact: true });
    await expect(editor).toBeVisible();
    // The caret at the end of the decision, as a person would put it, then the year typed again.
    await editor.getByText(DECISION_TYPO).click();
    await alice.page.keyboard.press('End');
    await alice.page.keyboard.press('Backspace');
    await alice.page.keyboard.press('Backspace');
    await alice.page.keyboard.type('27');
    await expect(editor).toContainText(DECISION);
    const decisions = review.getByRole('article', { name: 'Preview of the minutes' }).getByRole('list', { name: 'Decisions' });
    await expect(decisions).toContainText(DECISION);
    await expect(decisions).not.toContainText(DECISION_TYPO);
  });

  await test.step('"Publish now": the archive and the webhook are published, with the fix', async () => {
    // One more fix right before publishing: "Publish now" waits until it is saved.
    await review.getByRole('textbox', { name: 'Minutes', exact: true }).getByText(DECISION).click();
    await alice.page.keyboard.press('End');
    await alice.page.keyboard.type('.');
    await review.getByRole('button', { name: 'Publish now' }).click();
    await expect(review.getByRole('listitem', { name: 'Archive' })).toContainText('Published', { timeout: 30_000 });
    await expect(review.getByRole('listitem', { name: 'Webhook' })).toContainText('Published', { timeout: 30_000 });
    await expect(review.getByRole('button', { name: 'Publish now' })).toHaveCount(0);
    await expect(review.getByRole('link', { name: 'Published minutes (archive)' })).toHaveAttribute('href', new RegExp(`^/archive/${room}/`));
    // Published: the text is final, nothing left to correct.
    await expect(review.getByRole('button', { name: 'Correct the minutes' })).toHaveCount(0);
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
    await expect(body).toContainText(`${DECISION}.`);
    await expect(body).not.toContainText(DECISION_TYPO);
    await expect(body).toContainText(ACTION);
    await expect(body).toContainText('Bob');
    await expect(body).not.toContainText(PRIVATE);
  });

  await test.step('the Markdown and the Atom feed leave the private note out too', async () => {
    const markdown = await request.get(`${reportPath}.md`);
    expect(markdown.ok()).toBe(true);
    const markdownText = await markdown.text();
    expect(markdownText).toContain(`${DECISION}.`);
    expect(markdownText).not.toContain(DECISION_TYPO);
    expect(markdownText).toContain(ACTION);
    expect(markdownText).not.toContain(PRIVATE);

    const feed = await request.get(`/archive/${room}.atom`);
    expect(feed.ok()).toBe(true);
    const feedText = await feed.text();
    expect(feedText).toContain(`${DECISION}.`);
    expect(feedText).not.toContain(DECISION_TYPO);
    expect(feedText).not.toContain(PRIVATE);
  });

  await test.step('the webhook got the signed report, without the private note, naming only Bob', async () => {
    expect(hook.received).toHaveLength(1);
    const [delivery] = hook.received;
    expect(delivery!.signature).toBe(expectedSignature(WEBHOOK_SECRET, delivery!.body));
    expect(delivery!.body).toContain(`${DECISION}.`);
    expect(delivery!.body).not.toContain(DECISION_TYPO);
    expect(delivery!.body).not.toContain(PRIVATE);
    const payload = JSON.parse(delivery!.body) as { archivePath: string; report: { participants: { count: number; named: string[] } } };
    expect(payload.archivePath).toBe(reportPath);
    expect(payload.report.participants.named).toEqual(['Bob']);
  });

  await test.step("Bob, who is not a facilitator, gets this meeting's report, on the after-call page and the room page", async () => {
    await expect(bob.page.getByRole('link', { name: 'Minutes of this meeting' })).toHaveAttribute('href', reportPath, { timeout: 30_000 });
    await bob.page.getByRole('button', { name: 'Back to the room page' }).click();
    const reports = bob.page.getByRole('region', { name: 'Meeting minutes' });
    await expect(reports.getByRole('link', { name: new RegExp(`^Meeting of ${room}, `) })).toHaveAttribute('href', reportPath);
    // The review and its actions are the facilitators' only.
    await expect(reports.getByRole('button')).toHaveCount(0);
  });

  await hook.close();
  await alice.close();
  await bob.close();
});

test('the room page lists a report in review for its facilitator, who publishes it from there', async ({ browser }) => {
  const room = uniqueRoom('publication-room-page');
  const alice = await Participant.open(browser, 'Alice');

  await test.step('Alice holds a short meeting, ends it, and goes back to the room page', async () => {
    await alice.join(room);
    await alice.page.getByRole('button', { name: 'End meeting' }).click();
    await alice.page.getByRole('button', { name: 'End for everyone' }).click();
    await expect(alice.page.getByRole('heading', { name: 'The meeting has ended' })).toBeVisible();
    await alice.page.getByRole('button', { name: 'Back to the room page' }).click();
  });

  const reports = alice.page.getByRole('region', { name: 'Meeting minutes' });
  const report = reports.getByRole('article', { name: new RegExp(`^Meeting of ${room}, `) });
  await test.step('the report in review is listed with its countdown and each target', async () => {
    await expect(report).toContainText('Published automatically in');
    await expect(report.getByRole('listitem', { name: 'Archive' })).toContainText('In review');
    await expect(reports.getByRole('list', { name: 'Published minutes' })).toHaveCount(0);
    await expect(reports).toContainText('No minutes published yet.');
  });

  await test.step('"Publish now" there publishes it, and it joins the published list', async () => {
    await report.getByRole('button', { name: 'Publish now' }).click();
    const published = reports.getByRole('list', { name: 'Published minutes' }).getByRole('link', { name: new RegExp(`^Meeting of ${room}, `) });
    await expect(published).toHaveAttribute('href', new RegExp(`^/archive/${room}/[0-9-]+$`), { timeout: 30_000 });
    await expect(report).toHaveCount(0);
    const page = await alice.context.newPage();
    await page.goto((await published.getAttribute('href'))!);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.close();
  });

  await alice.close();
});
