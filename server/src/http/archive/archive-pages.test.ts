import { describe, expect, it } from 'vitest';
import { reportLabels } from '../../publishing/report/report-labels.js';
import { sampleReport } from '../../test-support/publishing.js';
import type { ReportRecord } from '../../storage/report-store.js';
import { roomFeed } from './archive-feed.js';
import { archiveIndexPage, reportPage, roomArchivePage } from './archive-pages.js';

const record = (document: ReportRecord['document']): ReportRecord => ({
  id: 'r-1',
  room: 'weekly',
  meetingId: 'm1',
  slug: '2026-11-26-1830',
  document,
  createdAt: 0,
  publishAt: 0,
  archivedAt: 1,
});

const htmlLang = (html: string) => /^<!doctype html><html lang="([^"]*)">/.exec(html)?.[1];

describe('the language of the archive', () => {
  it('shows a report in the language it was written in, whatever the server publishes in now', () => {
    const french = record({ ...sampleReport(), language: 'fr' });
    const page = reportPage(french, reportLabels.en);
    expect(htmlLang(page)).toBe('fr');
    expect(page).toContain('Ordre du jour'); // its headings too, not the server's English ones
    expect(page).not.toContain('>Agenda<');
  });

  it("gives a report frozen before it recorded its language, and every list, the server's language", () => {
    const { language: _language, ...older } = sampleReport();
    expect(htmlLang(reportPage(record(older), reportLabels.fr))).toBe('fr');
    expect(htmlLang(reportPage(record(older), reportLabels.en))).toBe('en');
    expect(htmlLang(archiveIndexPage([], reportLabels.fr))).toBe('fr');
    expect(htmlLang(roomArchivePage('weekly', [record(sampleReport())], reportLabels.en))).toBe('en');
  });

  it('marks the feed with the server’s language and each entry with its own', () => {
    const xml = roomFeed('https://meet.example.org', 'weekly', [record({ ...sampleReport(), language: 'fr' }), record(sampleReport())], reportLabels.en);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
    expect(xml).toContain('<![CDATA[<div lang="fr">');
    expect(xml).toContain('<![CDATA[<div lang="en">');
  });
});
