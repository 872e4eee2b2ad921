import Hls from 'hls.js';

export type PlayerKind = 'hls.js' | 'native';

/**
 * Plays an HLS playlist in a <video>: with hls.js wherever Media Source Extensions exist (Chrome,
 * Firefox, Edge, desktop Safari), so every such browser keeps the same distance to the live edge;
 * with the browser's own HLS where MSE is missing (iPhone Safari). `?player=native` forces the
 * latter where the browser has it, to test that path.
 */
export function playHls(video: HTMLVideoElement, url: string, prefer: PlayerKind | null, onFatal: () => void): { kind: PlayerKind; stop(): void } {
  const native = video.canPlayType('application/vnd.apple.mpegurl') !== '';
  if (Hls.isSupported() && !(prefer === 'native' && native)) {
    // No worker: the page's CSP (scripts from this origin only) would refuse hls.js's blob worker.
    const hls = new Hls({ enableWorker: false, liveSyncDurationCount: 2, liveMaxLatencyDurationCount: 5 });
    hls.on(Hls.Events.ERROR, (_event, data) => {
      if (data.fatal) onFatal();
    });
    hls.loadSource(url);
    hls.attachMedia(video);
    return { kind: 'hls.js', stop: () => hls.destroy() };
  }
  const onError = () => onFatal();
  video.addEventListener('error', onError);
  video.src = url;
  return {
    kind: 'native',
    stop: () => {
      video.removeEventListener('error', onError);
      video.removeAttribute('src');
      video.load();
    },
  };
}
