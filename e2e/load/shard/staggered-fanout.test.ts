import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RtpPacket } from 'werift';
import { StaggeredFanout } from './staggered-fanout.js';

const packet = (id: number) => ({ id }) as unknown as RtpPacket;

describe('StaggeredFanout', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] }));
  afterEach(() => vi.useRealTimers());

  it('hands every packet to every bot, each after its own delay, in order', () => {
    const fanout = new StaggeredFanout(1_000, () => Date.now());
    const early: number[] = [];
    const late: number[] = [];
    fanout.add({ delayMs: 0, send: (_, p) => early.push((p as unknown as { id: number }).id) });
    fanout.add({ delayMs: 500, send: (_, p) => late.push((p as unknown as { id: number }).id) });
    fanout.push({ kind: 'audio' }, packet(1));
    vi.advanceTimersByTime(100);
    fanout.push({ kind: 'video', layer: 0 }, packet(2));
    vi.advanceTimersByTime(100);
    expect(early).toEqual([1, 2]);
    expect(late).toEqual([]);
    vi.advanceTimersByTime(350);
    expect(late).toEqual([1]);
    vi.advanceTimersByTime(100);
    expect(late).toEqual([1, 2]);
    fanout.close();
  });

  it('starts a bot added later with what arrives from then on', () => {
    const fanout = new StaggeredFanout(1_000, () => Date.now());
    fanout.push({ kind: 'audio' }, packet(1));
    const seen: number[] = [];
    fanout.add({ delayMs: 0, send: (_, p) => seen.push((p as unknown as { id: number }).id) });
    fanout.push({ kind: 'audio' }, packet(2));
    vi.advanceTimersByTime(10);
    expect(seen).toEqual([2]);
    fanout.close();
  });

  it('refuses a delay longer than what it keeps', () => {
    const fanout = new StaggeredFanout(100, () => Date.now());
    expect(() => fanout.add({ delayMs: 200, send: () => undefined })).toThrow();
    fanout.close();
  });
});
