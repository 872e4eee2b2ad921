import { describe, expect, it } from 'vitest';
import { PRIVATE_WORDS, sampleReport } from '../../test-support/publishing.js';
import { reportLabels } from '../report/report-labels.js';
import { escapeWikitext } from './render-wikitext.js';
import { renderReport } from './render-report.js';

describe('the report in Markdown, HTML and wikitext', () => {
  const rendered = renderReport(sampleReport(), reportLabels.en);

  it('says the same things in the three formats', () => {
    for (const format of [rendered.markdown, rendered.html, rendered.wikitext]) {
      for (const expected of ['Meeting of weekly, 2026-11-26', '18:30', '1 h 05 min', '3 participants', 'Alice, Zoé', 'Budget', '25 min spent (20 min planned)', 'Adopter le budget', 'Envoyer les chiffres', 'Zoé', '2026-12-01', 'vote: 7 for, 2 against, 1 abstaining']) {
        expect(format).toContain(expected);
      }
      expect(format).not.toContain('Bob');
    }
  });

  it('lays the Markdown out as headings, notes and lists', () => {
    expect(rendered.markdown).toMatch(/^# Meeting of weekly, 2026-11-26\n/);
    expect(rendered.markdown).toContain('\n## Agenda\n');
    expect(rendered.markdown).toContain('\n### Budget\n\n_25 min spent (20 min planned)_\n');
    expect(rendered.markdown).toContain('\n## Actions\n\n- Envoyer les chiffres — **who:** Zoé — **by:** 2026-12-01\n');
    expect(rendered.markdown).toContain('\n## Open questions\n\n- Qui paie la salle ? (Budget)\n');
  });

  it('escapes Markdown typed in the minutes', () => {
    expect(rendered.markdown).toContain('\\<script>');
    expect(rendered.markdown).toContain('\\[\\[serré]]');
  });

  it('keeps a <script> typed in the minutes as text in sanitised HTML', () => {
    expect(rendered.html).not.toMatch(/<script/i);
    expect(rendered.html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(rendered.html).toContain('<h3>Budget</h3>');
  });

  it('escapes wikitext markup so the wiki shows what was typed', () => {
    const { wikitext } = rendered;
    expect(wikitext).toContain('= Meeting of weekly, 2026-11-26 =');
    expect(wikitext).toContain('=== Budget ===');
    expect(wikitext).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(wikitext).toContain('&#91;&#91;serré&#93;&#93; &#123;&#123;danger&#125;&#125;<br />* pas une liste');
    expect(wikitext).not.toMatch(/\[\[|\{\{|<script/);
    expect(wikitext).toContain("* Envoyer les chiffres — '''who:''' Zoé — '''by:''' 2026-12-01");
  });

  it('escapes line markup at the start of a wiki line, and signatures and switches anywhere', () => {
    expect(escapeWikitext("~~~~ __NOTOC__ it's")).toBe('&#126;&#126;&#126;&#126; &#95;_NOTOC&#95;_ it&#39;s');
  });

  it('publishes no private block in any format', () => {
    for (const format of [rendered.markdown, rendered.html, rendered.wikitext]) {
      for (const word of PRIVATE_WORDS) expect(format).not.toContain(word);
    }
  });
});
