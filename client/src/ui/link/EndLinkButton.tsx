import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session-context';
import { useStoreState } from '../../state/use-store';

/** Facilitators: stop showing a linked room here (and this room there). */
export function EndLinkButton({ room }: { room: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const { busy } = useStoreState(session.links.store);
  return (
    <button type="button" className="button ghost small" disabled={busy} onClick={() => void session.links.end(room)}>
      {t('link.end', { room })}
    </button>
  );
}
