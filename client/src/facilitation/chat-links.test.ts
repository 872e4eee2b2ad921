import { describe, expect, it } from 'vitest';
import { chatSegments } from './chat-links';

describe('chatSegments', () => {
  it('keeps plain text as one text segment', () => {
    expect(chatSegments('Bonjour à toutes et tous')).toEqual([{ kind: 'text', text: 'Bonjour à toutes et tous' }]);
    expect(chatSegments('')).toEqual([]);
  });

  it('finds http and https links among words', () => {
    expect(chatSegments('Le pad : https://pad.example.org/p/ag-2025 et le doc http://docs.example.org')).toEqual([
      { kind: 'text', text: 'Le pad : ' },
      { kind: 'link', text: 'https://pad.example.org/p/ag-2025', href: 'https://pad.example.org/p/ag-2025' },
      { kind: 'text', text: ' et le doc ' },
      { kind: 'link', text: 'http://docs.example.org', href: 'http://docs.example.org/' },
    ]);
  });

  it('leaves sentence punctuation and enclosing brackets out of the link', () => {
    expect(chatSegments('See https://a.example/x.')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: 'https://a.example/x', href: 'https://a.example/x' },
      { kind: 'text', text: '.' },
    ]);
    expect(chatSegments('(voir https://a.example/page)')[1]).toMatchObject({ text: 'https://a.example/page' });
    expect(chatSegments('« https://a.example/b »')[1]).toMatchObject({ text: 'https://a.example/b' });
  });

  it('keeps brackets that belong to the address', () => {
    const wiki = 'https://fr.wikipedia.org/wiki/Palabre_(Afrique)';
    expect(chatSegments(`lire ${wiki}, merci`)[1]).toMatchObject({ kind: 'link', text: wiki });
  });

  it('never turns another scheme into a link', () => {
    for (const text of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://files.example', 'https://', 'www.example.org']) {
      expect(chatSegments(text)).toEqual([{ kind: 'text', text }]);
    }
  });

  it('keeps markup as text: it is rendered as text nodes', () => {
    const text = '<img src=x onerror=alert(1)> https://ok.example/<script>';
    const segments = chatSegments(text);
    expect(segments).toEqual([
      { kind: 'text', text: '<img src=x onerror=alert(1)> ' },
      { kind: 'link', text: 'https://ok.example/', href: 'https://ok.example/' },
      { kind: 'text', text: '<script>' },
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });

  it('normalises the address it links to', () => {
    expect(chatSegments('HTTPS://Example.ORG/a b')[0]).toEqual({ kind: 'link', text: 'HTTPS://Example.ORG/a', href: 'https://example.org/a' });
  });
});
