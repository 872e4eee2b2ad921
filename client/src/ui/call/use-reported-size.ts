import { useLayoutEffect, useRef, type RefObject } from 'react';
import { useSession } from '../../app/session-context';

/**
 * While mounted, reports the element's size to the view reporter under `key`, and forgets it on
 * unmount (the tile went to another page, or away). The server sizes the video it sends from it.
 */
export function useReportedSize<E extends HTMLElement>(key: string, enabled: boolean): RefObject<E | null> {
  const session = useSession();
  const ref = useRef<E>(null);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!enabled || !element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) session.view.measure(key, { width: entry.contentRect.width, height: entry.contentRect.height });
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      session.view.forget(key);
    };
  }, [session, key, enabled]);

  return ref;
}
