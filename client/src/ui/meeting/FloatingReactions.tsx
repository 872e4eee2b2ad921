import { useMeetingState } from '../../app/session-context';
import { reactionsOf } from '../../facilitation/reactions';

/**
 * Reactions rising over a tile and fading (still, only fading, with prefers-reduced-motion).
 * Hidden from screen readers: a burst of applause read out would drown the meeting.
 */
export function FloatingReactions({ peerId }: { peerId: string }) {
  const { reactions } = useMeetingState();
  const mine = reactionsOf(reactions, peerId);
  if (mine.length === 0) return null;
  return (
    <div className="floating-reactions" aria-hidden="true">
      {mine.map((reaction) => (
        <span key={reaction.id} className="floating-reaction">
          {reaction.reaction}
        </span>
      ))}
    </div>
  );
}
