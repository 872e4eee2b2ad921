import { useTranslation } from 'react-i18next';
import type { HandRaised } from '../../facilitation/meeting-selectors';
import { HandIcon } from '../common/icons';

/** A raised hand and its place in the queue, on a tile or in the participant list. */
export function HandMark({ hand, className }: { hand: HandRaised; className: string }) {
  const { t } = useTranslation();
  const label = hand.reply ? t('hand.reply', { position: hand.position }) : t('hand.raised', { position: hand.position });
  return (
    <span className={hand.reply ? `${className} hand-mark hand-mark--reply` : `${className} hand-mark`} role="img" aria-label={label} title={label}>
      {/* An icon, not the ✋ emoji: the same on every system, emoji font or not. */}
      <HandIcon />
      <span aria-hidden="true">{hand.position}</span>
    </span>
  );
}
