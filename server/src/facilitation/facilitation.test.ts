import { describe, expect, it } from 'vitest';
import type { MeetingState } from '@palabre/shared';
import { collect, joinRoom, nextEvent, ok, produce, request, useTestServer, waitFor, type TestClient } from '../test-support/test-server.js';

describe('a facilitated meeting', () => {
  const t = useTestServer();
  const join = async (name: string, extra: { facilitatorToken?: string; resumeToken?: string } = {}) => {
    const joined = await joinRoom(t.server.url, 'weekly', name, extra.resumeToken, extra.facilitatorToken);
    t.sockets.push(joined.socket);
    return { ...joined, states: collect(joined.socket, 'meeting:updated') };
  };

  it('makes the first person facilitator and nobody else', async () => {
    const alice = await join('Alice');
    const bob = await join('Bob');
    expect(alice.join.role).toBe('facilitator');
    expect(alice.join.facilitatorToken).toMatch(/^[\w-]{20,}$/);
    expect(bob.join.role).toBe('participant');
    expect(bob.join.facilitatorToken).toBeNull();
    expect(bob.join.peers[0]).toMatchObject({ name: 'Alice', role: 'facilitator' });
  });

  it('gives the facilitator role to whoever opens the facilitator link', async () => {
    const alice = await join('Alice');
    const dana = await join('Dana', { facilitatorToken: alice.join.facilitatorToken! });
    expect(dana.join.role).toBe('facilitator');
    const eve = await join('Eve', { facilitatorToken: 'x'.repeat(32) });
    expect(eve.join.role).toBe('participant');
  });

  it('keeps one queue order for everyone and gives the floor in that order', async () => {
    const alice = await join('Alice');
    const bob = await join('Bob');
    const carol = await join('Carol');
    await ok(bob.socket, 'hand:raise', {});
    await ok(carol.socket, 'hand:raise', {});
    for (const person of [alice, bob, carol]) {
      await waitFor(() => person.states.at(-1)?.queue.length === 2);
      expect(person.states.at(-1)!.queue.map((entry) => entry.name)).toEqual(['Bob', 'Carol']);
    }

    await ok(alice.socket, 'floor:give', {});
    await waitFor(() => carol.states.at(-1)?.speaker?.name === 'Bob');
    expect(carol.states.at(-1)!.queue.map((entry) => entry.name)).toEqual(['Carol']);

    // A direct reply jumps ahead of ordinary requests.
    const dave = await join('Dave');
    await ok(dave.socket, 'hand:raise', { reply: true });
    await waitFor(() => alice.states.at(-1)?.queue.length === 2);
    expect(alice.states.at(-1)!.queue.map((entry) => entry.name)).toEqual(['Dave', 'Carol']);
  });

  it('runs the agenda: anyone proposes, the facilitator moves on, time is kept', async () => {
    const alice = await join('Alice');
    const carol = await join('Carol');
    const { itemId: first } = await ok(alice.socket, 'agenda:add', { title: 'Tour de table', durationMinutes: 5 });
    const { itemId: proposed } = await ok(carol.socket, 'agenda:add', { title: 'Fête de quartier', owner: 'Carol' });
    await waitFor(() => alice.states.at(-1)?.agenda.length === 2);
    expect(alice.states.at(-1)!.agenda[1]).toMatchObject({ id: proposed, title: 'Fête de quartier', proposedBy: 'Carol' });

    await ok(alice.socket, 'agenda:next', {});
    await waitFor(() => carol.states.at(-1)?.currentItemId === first);
    const started = carol.states.at(-1)!;
    expect(started.currentItemSince).toBeGreaterThan(0);
    expect(started.agenda[0]!.status).toBe('current');

    await ok(alice.socket, 'agenda:next', {});
    await waitFor(() => carol.states.at(-1)?.currentItemId === proposed);
    const moved = carol.states.at(-1)!;
    expect(moved.agenda[0]).toMatchObject({ status: 'done' });
    expect(moved.agenda[0]!.spentMs).toBeGreaterThanOrEqual(0);

    await ok(alice.socket, 'agenda:move', { itemId: proposed, toIndex: 0 });
    await waitFor(() => carol.states.at(-1)?.agenda[0]?.id === proposed);
  });

  it('refuses facilitator powers to a participant and changes nothing', async () => {
    const alice = await join('Alice');
    const bob = await join('Bob');
    const { itemId } = await ok(alice.socket, 'agenda:add', { title: 'Budget' });
    await ok(alice.socket, 'hand:raise', {});
    const stored = () => snapshot(t.server.rooms.get('weekly')!.meeting.state());
    const before = stored();

    const attempts = [
      request(bob.socket, 'agenda:update', { itemId, title: 'Hijacked' }),
      request(bob.socket, 'agenda:remove', { itemId }),
      request(bob.socket, 'agenda:move', { itemId, toIndex: 3 }),
      request(bob.socket, 'agenda:setCurrent', { itemId }),
      request(bob.socket, 'agenda:next', {}),
      request(bob.socket, 'floor:give', {}),
      request(bob.socket, 'hands:lower', {}),
      request(bob.socket, 'meeting:configure', { fairMode: true }),
      request(bob.socket, 'peer:mute', { peerId: alice.join.self.id }),
      request(bob.socket, 'role:grant', { peerId: bob.join.self.id }),
    ];
    for (const answer of await Promise.all(attempts)) {
      expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      if (!answer.ok) expect(answer.error.message).toMatch(/only a facilitator/);
    }
    expect(stored()).toEqual(before);
  });

  it('lets the facilitator mute a microphone, but not unmute it', async () => {
    const alice = await join('Alice');
    const bob = await join('Bob');
    const { producerId } = await produce(bob.socket, 'audio');
    const told = nextEvent(bob.socket, 'mic:mutedByFacilitator');
    await ok(alice.socket, 'peer:mute', { peerId: bob.join.self.id });
    expect(await told).toEqual({ byName: 'Alice' });
    const producer = t.server.rooms.get('weekly')!.peers.get(bob.join.self.id)!.media.producer(producerId);
    expect(producer.paused).toBe(true);
    // Only Bob can resume his own microphone.
    await ok(bob.socket, 'producer:resume', { producerId });
    expect(producer.paused).toBe(false);
  });

  it('hands the role over', async () => {
    const alice = await join('Alice');
    const bob = await join('Bob');
    const bobRole = nextEvent(bob.socket, 'role:changed');
    const aliceRole = nextEvent(alice.socket, 'role:changed');
    await ok(alice.socket, 'role:grant', { peerId: bob.join.self.id, keepMine: false });
    expect(await bobRole).toMatchObject({ role: 'facilitator', facilitatorToken: alice.join.facilitatorToken });
    expect(await aliceRole).toMatchObject({ role: 'participant', facilitatorToken: null });
    expect(await request(alice.socket, 'agenda:next', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await ok(bob.socket, 'agenda:next', {});
  });

  it('ends the meeting for everyone; the next join opens a new one', async () => {
    const alice = await join('Alice');
    const bob = await join('Bob');
    await ok(alice.socket, 'agenda:add', { title: 'Bilan' });
    expect(await request(bob.socket, 'meeting:end', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const ended = nextEvent(bob.socket, 'meeting:ended');
    await ok(alice.socket, 'meeting:end', {});
    expect(await ended).toMatchObject({ meetingId: alice.join.meeting.meetingId, endedBy: 'Alice' });
    expect(t.server.rooms.get('weekly')).toBeUndefined();

    const next = await join('Alice', { resumeToken: alice.join.resumeToken });
    expect(next.join.meeting.meetingId).not.toBe(alice.join.meeting.meetingId);
    expect(next.join.meeting.agenda).toEqual([]);
    expect(next.join.role).toBe('facilitator');
  });

  it('stores the chat with the meeting and shows it to late joiners', async () => {
    const alice = await join('Alice');
    const posted = nextEvent(alice.socket, 'chat:posted');
    await ok(alice.socket, 'chat:send', { text: 'Bonjour <b>tout le monde</b>' });
    expect(await posted).toMatchObject({ name: 'Alice', text: 'Bonjour <b>tout le monde</b>' });
    const late = await join('Late');
    expect(late.join.chat.map((message) => message.text)).toEqual(['Bonjour <b>tout le monde</b>']);
  });

  it('lowers the hand of someone who leaves for good and ends their turn', async () => {
    const alice = await join('Alice');
    const bob = await join('Bob');
    await ok(bob.socket, 'hand:raise', {});
    await ok(alice.socket, 'floor:give', { peerId: bob.join.self.id });
    await ok(bob.socket, 'room:leave', {});
    await waitFor(() => alice.states.at(-1)?.speaker === null);
  });

  function snapshot(state: MeetingState) {
    const { serverTime: _ignored, ...rest } = state;
    return rest;
  }
});
