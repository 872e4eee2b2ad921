import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reaction } from '@palabre/shared';
import { useSession } from '../../app/session-context';
import { SmileIcon } from '../common/icons';
import { COMPACT_CONTROLS, useMediaQuery } from './use-media-query';

/**
 * Each reaction's name: the emoji, then a word for who cannot see it. A Record over the shared
 * type, so the compiler asks for any reaction added to REACTIONS; not the REACTIONS array
 * itself, whose module would bring its zod schemas into the bundle (about 17 kB).
 */
export const REACTION_NAMES: Record<Reaction, string> = {
  '👍': 'reactions.agree',
  '👎': 'reactions.disagree',
  '✋': 'reactions.hand',
  '+1': 'reactions.plusOne',
  '👏': 'reactions.applause',
  '❤️': 'reactions.love',
  '😂': 'reactions.laugh',
};

/**
 * Reactions float over our tile on every screen for a few seconds. In the call controls: all
 * of them on a wide screen, behind one "React" button on a laptop or a phone.
 */
export function ReactionButtons() {
  const { t } = useTranslation();
  const narrow = useMediaQuery(COMPACT_CONTROLS);
  const [open, setOpen] = useState(false);
  const id = useId();
  const menu = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  // A tap anywhere else closes it, as a menu would.
  useEffect(() => {
    if (!open) return;
    const closeIfOutside = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeIfOutside);
    return () => document.removeEventListener('pointerdown', closeIfOutside);
  }, [open]);

  if (!narrow) return <ReactionGroup />;
  return (
    <div ref={menu} className="reactions-menu" onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}>
      <button
        ref={toggle}
        type="button"
        className={`control control--feature ${open ? 'control--on' : 'control--off'}`}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((value) => !value)}
      >
        <SmileIcon />
        <span className="control__label">{t('reactions.toggle')}</span>
      </button>
      <div id={id} className="reactions-menu__popover" hidden={!open}>
        {/* One reaction, then the popover gets out of the way of the videos and the chat. */}
        {open && (
          <ReactionGroup
            onSent={() => {
              setOpen(false);
              toggle.current?.focus();
            }}
          />
        )}
      </div>
    </div>
  );
}

const REACTIONS = Object.keys(REACTION_NAMES) as Reaction[];

function ReactionGroup({ onSent }: { onSent?: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <div className="reactions" role="group" aria-label={t('reactions.group')}>
      {REACTIONS.map((reaction) => (
        <button
          key={reaction}
          type="button"
          className="reactions__button"
          aria-label={t(REACTION_NAMES[reaction])}
          title={t(REACTION_NAMES[reaction])}
          onClick={() => {
            void session.meeting.react(reaction);
            onSent?.();
          }}
        >
          {reaction}
        </button>
      ))}
    </div>
  );
}
