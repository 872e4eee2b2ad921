import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { StepVerdict } from './report/step-verdict.js';

const run = promisify(execFile);

/*
 * Keeps `npm run bench` working: a 4-person step of a few seconds (2 bots, 2 Chromium
 * canaries) through the real server, real WebRTC and real Chromium. Figures are not judged
 * here (that is the benchmark's job, on a quiet machine); what is checked is that media flowed
 * and every figure the verdict needs was measured.
 */
describe('the load benchmark, smoke run', () => {
  it('fills a room, moves media both ways and prints a complete verdict', { timeout: 180_000 }, async () => {
    const { stdout } = await run(
      'npx',
      ['tsx', 'e2e/load/run.ts', '--participants', '4', '--duration', '3', '--warmup', '4', '--open-mics', '2'],
      { maxBuffer: 16 * 1024 * 1024, timeout: 170_000 },
    );
    const verdict = JSON.parse(stdout.trim().split('\n').at(-1)!) as StepVerdict;

    expect(verdict).toMatchObject({ participants: 4, bots: 2, canaries: 2, openMics: 2 });
    expect(verdict.consumersForwarding.video).toBeGreaterThan(0);
    expect(verdict.consumersForwarding.audio).toBeGreaterThan(0);
    expect(verdict.workerCpuPct).toBeGreaterThan(0);
    expect(verdict.canaryFps).toBeGreaterThan(0);
    expect(verdict.glassToGlassSource).toBe('displayedTimestamp');
    expect(verdict.glassToGlassSamples).toBeGreaterThan(0);
    expect(verdict.joinSamples).toBe(2);
    expect(Number.isFinite(verdict.joinP95Ms)).toBe(true);
    expect(typeof verdict.holds).toBe('boolean');
  });
});
