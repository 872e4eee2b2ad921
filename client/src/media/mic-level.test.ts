import { describe, expect, it } from 'vitest';
import { levelFromSamples, nextShownLevel } from './mic-level';

describe('levelFromSamples', () => {
  it('reads silence as 0 and full scale as 100', () => {
    expect(levelFromSamples(new Float32Array(64))).toBe(0);
    expect(levelFromSamples(Float32Array.from([0, -1, 0.5]))).toBe(100);
  });

  it('follows decibels: −30 dBFS is half way, −60 dBFS and below is nothing', () => {
    expect(levelFromSamples(Float32Array.from([0, 10 ** (-30 / 20)]))).toBe(50);
    expect(levelFromSamples(Float32Array.from([0.0005]))).toBe(0);
  });

  it('shows a short sound in a long window', () => {
    const window = new Float32Array(8192);
    window[4000] = 0.3;
    expect(levelFromSamples(window)).toBeGreaterThan(80);
  });
});

describe('nextShownLevel', () => {
  it('rises at once and falls step by step', () => {
    expect(nextShownLevel(10, 80)).toBe(80);
    expect(nextShownLevel(80, 0)).toBe(60);
    expect(nextShownLevel(15, 0)).toBe(0);
  });
});
