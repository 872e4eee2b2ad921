import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { livePlaylistPath } from '@palabre/shared';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';
import { fetchLiveAvailability } from './live-availability';
import { playHls, type PlayerKind } from './hls-playback';

const POLL_MS = 3_000;

/**
 * The public page of a room's stream: no account, no call. It asks every few seconds whether the
 * room is live, plays the stream once its playlist exists, and goes back to waiting when it ends.
 */
export function LivePage({ room, prefer }: { room: string; prefer: PlayerKind | null }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [ready, setReady] = useState(false);
  const [player, setPlayer] = useState<PlayerKind | null>(null);

  useEffect(() => {
    let stopped = false;
    const check = async () => {
      const { playlistReady } = await fetchLiveAvailability(room);
      if (!stopped) setReady(playlistReady);
    };
    void check();
    const timer = setInterval(() => void check(), POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [room]);

  useEffect(() => {
    const element = video.current;
    if (!ready || !element) return;
    const playback = playHls(element, livePlaylistPath(room), prefer, () => setReady(false));
    setPlayer(playback.kind);
    // Muted, a browser lets it start by itself; the controls unmute it.
    void element.play().catch(() => undefined);
    return () => {
      playback.stop();
      setPlayer(null);
    };
  }, [ready, room, prefer]);

  return (
    <div className="page live-page">
      <header className="live-page__header">
        <h1>{t('live.viewerTitle', { room })}</h1>
        <LanguageSwitcher />
      </header>
      <main className="live-page__main">
        {!ready && (
          <p className="live-page__waiting" role="status">
            {t('live.notLive')}
          </p>
        )}
        <video
          ref={video}
          className="live-page__video"
          hidden={!ready}
          controls
          muted
          autoPlay
          playsInline
          aria-label={t('live.videoName', { room })}
          data-player={player ?? undefined}
        />
      </main>
    </div>
  );
}
