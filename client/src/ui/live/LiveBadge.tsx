import { useTranslation } from 'react-i18next';
import { useStoreState } from '../../state/use-store';
import { useCallState, useSession } from '../../app/session-context';

/**
 * Consent made visible: while the room is streamed (or starting to be), or shown in the stream
 * of a linked room, everyone in the call sees it, and screen readers can find it by name.
 * Turning one's camera off keeps one audio-only.
 */
export function LiveBadge() {
  const { t } = useTranslation();
  const { state, linkedLive } = useStoreState(useSession().live.store);
  const call = useCallState();
  if (state.status !== 'off') {
    // Who the facilitator pinned is shown large to every viewer: everyone should know it.
    const pinned = state.pinnedPeerId === call.selfId ? call.selfName : call.peers.find((peer) => peer.id === state.pinnedPeerId)?.name;
    return (
      <p className="live-badge" role="status" aria-label={t('live.badgeName')} title={t('live.badgeHint')}>
        <span className="live-badge__dot" aria-hidden="true" />
        {t('live.badge')}
        {pinned && <span className="live-badge__via"> {t('live.showing', { name: pinned })}</span>}
      </p>
    );
  }
  if (linkedLive.length === 0) return null;
  const rooms = linkedLive.join(', ');
  return (
    <p className="live-badge" role="status" aria-label={t('live.badgeName')} title={t('live.linkedHint', { rooms })}>
      <span className="live-badge__dot" aria-hidden="true" />
      {t('live.badge')} <span className="live-badge__via">{t('live.via', { rooms })}</span>
    </p>
  );
}
