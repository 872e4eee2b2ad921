/*
 * Chat text cut into plain text and links. The UI renders text as text nodes and links as <a>
 * elements built by React, never as HTML: a message can hold nothing but words and http(s)
 * addresses, whatever it contains.
 */

export type ChatSegment = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

/** An http(s) address up to the next space, or a character that cannot end or be in a URL in prose. */
const URL_CANDIDATE = /\bhttps?:\/\/[^\s<>"«»“”‘’]+/giu;
/** Punctuation that ends a sentence rather than the address ("see https://a.org/x."). */
const TRAILING_PUNCTUATION = /[.,;:!?'*]+$/u;

export function chatSegments(text: string): ChatSegment[] {
  const segments: ChatSegment[] = [];
  let textStart = 0;
  for (const match of text.matchAll(URL_CANDIDATE)) {
    const start = match.index;
    const candidate = trimUrl(match[0]);
    const href = safeHref(candidate);
    if (!href) continue;
    if (start > textStart) segments.push({ kind: 'text', text: text.slice(textStart, start) });
    segments.push({ kind: 'link', text: candidate, href });
    textStart = start + candidate.length;
  }
  if (textStart < text.length) segments.push({ kind: 'text', text: text.slice(textStart) });
  return mergeText(segments);
}

/** Drops trailing punctuation, and a closing bracket that closes one opened before the URL. */
function trimUrl(candidate: string): string {
  let url = candidate;
  for (;;) {
    const trimmed = url.replace(TRAILING_PUNCTUATION, '');
    const closer = trimmed.at(-1);
    const opener = closer === ')' ? '(' : closer === ']' ? '[' : null;
    if (opener && count(trimmed, opener) < count(trimmed, closer!)) {
      url = trimmed.slice(0, -1);
      continue;
    }
    return trimmed;
  }
}

/** The address as the browser will follow it, only if it really is http(s) with a host. */
function safeHref(candidate: string): string | null {
  try {
    const url = new URL(candidate);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return null;
    return url.href;
  } catch {
    return null;
  }
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n += 1;
  return n;
}

/** A URL that failed validation stays in the text around it: one text segment, not two. */
function mergeText(segments: ChatSegment[]): ChatSegment[] {
  const merged: ChatSegment[] = [];
  for (const segment of segments) {
    const last = merged.at(-1);
    if (segment.kind === 'text' && last?.kind === 'text') merged[merged.length - 1] = { kind: 'text', text: last.text + segment.text };
    else merged.push(segment);
  }
  return merged;
}
