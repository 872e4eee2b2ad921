import { describe, expect, it } from 'vitest';
import type { DeliveryStatus, ReportStatus } from '@palabre/shared';
import { archiveUrl, clockText, correctable, inReview, needsAttention, reportOfMeeting, secondsUntil, settled } from './report-review';

const delivery = (target: DeliveryStatus['target'], state: DeliveryStatus['state'], url: string | null = null): DeliveryStatus => ({
  target,
  state,
  url,
  attempts: 0,
  lastError: null,
  nextAttemptAt: null,
  publishedAt: null,
});

const report = (meetingId: string, deliveries: DeliveryStatus[]): ReportStatus => ({
  reportId: `r-${meetingId}`,
  meetingId,
  title: 'Réunion',
  endedAt: 0,
  publishAt: 600_000,
  deliveries,
});

describe('report review', () => {
  it('finds the report of the meeting that just ended', () => {
    const reports = [report('m2', []), report('m1', [])];
    expect(reportOfMeeting(reports, 'm1')?.reportId).toBe('r-m1');
    expect(reportOfMeeting(reports, 'm3')).toBeNull();
  });

  it('tells review, settled and the archive link apart', () => {
    const waiting = report('m', [delivery('archive', 'review'), delivery('webhook', 'review')]);
    expect(inReview(waiting)).toBe(true);
    expect(settled(waiting)).toBe(false);
    expect(archiveUrl(waiting)).toBeNull();
    const done = report('m', [delivery('archive', 'published', '/archive/salle/2026-01-02-1830'), delivery('webhook', 'failed')]);
    expect(inReview(done)).toBe(false);
    expect(settled(done)).toBe(true);
    expect(archiveUrl(done)).toBe('/archive/salle/2026-01-02-1830');
  });

  it('lets the text be corrected until one target has it, and flags what needs a facilitator', () => {
    const waiting = report('m', [delivery('archive', 'publishing'), delivery('webhook', 'publishing')]);
    expect(correctable(waiting)).toBe(true);
    expect(needsAttention(waiting)).toBe(true);
    const archived = report('m', [delivery('archive', 'published', '/archive/salle/x'), delivery('webhook', 'retrying')]);
    expect(correctable(archived)).toBe(false);
    expect(needsAttention(archived)).toBe(true);
    const gaveUp = report('m', [delivery('archive', 'published', '/archive/salle/x'), delivery('webhook', 'failed')]);
    expect(needsAttention(gaveUp)).toBe(true);
    const done = report('m', [delivery('archive', 'published', '/archive/salle/x'), delivery('webhook', 'published')]);
    expect(needsAttention(done)).toBe(false);
  });

  it('counts down in whole seconds, never below zero', () => {
    expect(secondsUntil(10_500, 0)).toBe(11);
    expect(secondsUntil(0, 5_000)).toBe(0);
    expect(clockText(605)).toBe('10:05');
    expect(clockText(3_725)).toBe('1:02:05');
    expect(clockText(0)).toBe('0:00');
  });
});
