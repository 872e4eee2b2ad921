import { useCallback, useSyncExternalStore } from 'react';

/** Whether a CSS media query matches, following changes (rotation, resizing). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
}

/** Phones, and windows as narrow: panels go over the videos, the meeting panel shows tabs. */
export const NARROW_SCREEN = '(max-width: 720px)';

/**
 * Below this width the call controls (with a facilitator's live and end buttons) would wrap onto
 * two lines with every reaction shown: the reactions go behind one "React" button.
 */
export const COMPACT_CONTROLS = '(max-width: 1440px)';
