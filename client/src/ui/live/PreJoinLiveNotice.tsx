import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchLiveAvailability } from '../../live/live-availability';

const POLL_MS = 10_000;

/** Before entering: says plainly that the room is being streamed, and how to stay off camera. */
export function PreJoinLiveNotice({ room }: { room: string }) {
  const { t } = useTranslation();
  const [live, setLive] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    const check = () => void fetchLiveAvailability(room, controller.signal).then((availability) => setLive(availability.live));
    check();
    const timer = setInterval(check, POLL_MS);
    return () => {
      controller.abort();
      clearInterval(timer);
    };
  }, [room]);
  if (!live) return null;
  return (
    <p className="notice live-notice" role="note">
      {t('live.prejoinNotice')}
    </p>
  );
}
