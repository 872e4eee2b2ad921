import { useMemo } from 'react';
import { chatSegments } from '../../facilitation/chat-links';

/**
 * A message's text: words as text nodes, http(s) addresses as links that open elsewhere and
 * tell the other site nothing about this page. Never HTML.
 */
export function ChatText({ text }: { text: string }) {
  const segments = useMemo(() => chatSegments(text), [text]);
  return (
    <>
      {segments.map((segment, index) =>
        segment.kind === 'link' ? (
          <a key={index} href={segment.href} target="_blank" rel="noopener noreferrer nofollow">
            {segment.text}
          </a>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
