import { useEffect, useRef } from 'react';
import { useSession } from '../../app/session-context';

interface VideoViewProps {
  trackId: string;
  className?: string;
  label?: string;
}

/**
 * A <video> showing one track of the registry. Always muted: sound goes through the separate
 * <audio> elements, and muted video may autoplay without a user gesture.
 */
export function VideoView({ trackId, className, label }: VideoViewProps) {
  const session = useSession();
  const ref = useRef<HTMLVideoElement>(null);

  useEffect(() => {
    const element = ref.current;
    const track = session.tracks.get(trackId);
    if (!element || !track) return;
    element.srcObject = new MediaStream([track]);
    // Muted video is allowed to play; a rejection here only means it was replaced meanwhile.
    element.play().catch(() => undefined);
    return () => {
      element.srcObject = null;
    };
  }, [session, trackId]);

  return (
    <video
      ref={ref}
      className={className}
      autoPlay
      playsInline
      muted
      disablePictureInPicture
      {...(label ? { 'aria-label': label } : {})}
    />
  );
}
