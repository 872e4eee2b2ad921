import { expect, test } from '@playwright/test';
import { Participant } from '../support/participant.js';
import { uniqueRoom } from '../support/rooms.js';

test('three people hold a call: video, audio, mute, leave, and a network drop', async ({ browser, baseURL }) => {
  const room = uniqueRoom('trio');
  const alice = await Participant.open(browser, 'Alice');
  const bob = await Participant.open(browser, 'Bob');
  const carol = await Participant.open(browser, 'Carol');
  const everyone = [alice, bob, carol];

  for (const person of everyone) await person.join(room);

  await test.step('each page plays the two other videos and hears audio', async () => {
    for (const person of everyone) {
      for (const other of everyone.filter((candidate) => candidate !== person)) {
        await person.expectVideoPlaying(other.name);
      }
      await person.expectInboundGrowing('audio', 'bytesReceived');
    }
  });

  await test.step('a muted microphone shows on the others’ screens', async () => {
    const micButton = alice.page.getByRole('button', { name: 'Microphone' });
    await expect(micButton).toHaveAttribute('aria-pressed', 'true');
    await micButton.click();
    await expect(micButton).toHaveAttribute('aria-pressed', 'false');
    for (const person of [bob, carol]) {
      await expect(person.tile('Alice').getByRole('img', { name: 'Microphone muted' })).toBeVisible();
    }
    await micButton.click();
    for (const person of [bob, carol]) {
      await expect(person.tile('Alice').getByRole('img', { name: 'Microphone muted' })).toHaveCount(0);
    }
  });

  await test.step('when one leaves, the others’ tiles update', async () => {
    await carol.page.getByRole('button', { name: 'Leave' }).click();
    for (const person of [alice, bob]) await expect(person.tile('Carol')).toHaveCount(0);
  });

  await test.step('a page offline for 5 s comes back into the call by itself', async () => {
    await bob.context.setOffline(true);
    await expect(bob.page.getByRole('status')).toContainText(/reconnecting/i, { timeout: 15_000 });
    await bob.page.waitForTimeout(5_000); // the outage itself, not a wait for the app
    await bob.context.setOffline(false);
    await expect(bob.page.getByRole('status')).not.toContainText(/reconnecting/i, { timeout: 20_000 });
    await bob.expectVideoPlaying('Alice');
    await alice.expectVideoPlaying('Bob');
    await bob.expectInboundGrowing('audio', 'bytesReceived');
  });

  await test.step('no request ever left the server’s origin', async () => {
    const origin = new URL(baseURL!).origin;
    const foreign = everyone
      .flatMap((person) => person.requests)
      .filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
    expect(foreign).toEqual([]);
    expect(everyone.every((person) => person.requests.length > 0)).toBe(true);
  });

  for (const person of everyone) await person.close();
});

test('the call recovers by itself when the mediasoup worker is killed', async ({ browser, request }) => {
  const room = uniqueRoom('phoenix');
  const alice = await Participant.open(browser, 'Alice');
  const bob = await Participant.open(browser, 'Bob');
  await alice.join(room);
  await bob.join(room);
  await alice.expectVideoPlaying('Bob');
  await bob.expectVideoPlaying('Alice');

  const metrics = await (await request.get('/metrics')).text();
  const pids = [...metrics.matchAll(/^palabre_worker_cpu_seconds\{worker="\d+",pid="(\d+)"\}/gm)].map((match) => Number(match[1]));
  expect(pids.length).toBeGreaterThan(0);
  const connectionsBefore = [await alice.peerConnectionCount(), await bob.peerConnectionCount()];
  const killedAt = Date.now();
  // Every worker, so whichever hosts the room dies.
  for (const pid of pids) process.kill(pid, 'SIGKILL');

  // New transports mean the pages really set their media up again (old frames cannot pass).
  await expect.poll(() => alice.peerConnectionCount(), { timeout: 10_000 }).toBeGreaterThan(connectionsBefore[0]!);
  await expect.poll(() => bob.peerConnectionCount(), { timeout: 10_000 }).toBeGreaterThan(connectionsBefore[1]!);
  await alice.expectVideoPlaying('Bob');
  await bob.expectVideoPlaying('Alice');
  const recoveredMs = Date.now() - killedAt;
  test.info().annotations.push({ type: 'recovery', description: `${recoveredMs} ms` });
  expect(recoveredMs).toBeLessThan(10_000);
  const after = await (await request.get('/metrics')).text();
  for (const pid of pids) expect(after).not.toContain(`pid="${pid}"`);

  await alice.close();
  await bob.close();
});
