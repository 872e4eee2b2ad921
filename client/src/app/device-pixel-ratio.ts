/**
 * Calls `onChange` whenever window.devicePixelRatio changes (the window moved to a screen of
 * another density, or the page was zoomed), which a ResizeObserver does not always report.
 * Returns the function that stops watching.
 */
export function watchDevicePixelRatio(onChange: () => void): () => void {
  if (typeof window === 'undefined' || !window.matchMedia) return () => undefined;
  let query: MediaQueryList | null = null;
  const listen = () => {
    // A query true at the current ratio only: it turns false, once, when the ratio changes.
    query = window.matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
    query.addEventListener('change', changed, { once: true });
  };
  const changed = () => {
    listen();
    onChange();
  };
  listen();
  return () => query?.removeEventListener('change', changed);
}
