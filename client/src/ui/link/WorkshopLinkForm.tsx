import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useSession } from '../../app/session-context';
import type { LinkOutcome } from '../../call/workshop-links';
import { roomFromNameOrLink } from '../../rooms/room-names';
import { useStoreState } from '../../state/use-store';

/**
 * Facilitators: show another room of the event here, as one tile, and this room there. The other
 * room's facilitator must accept; the outcome is said below the form.
 */
export function WorkshopLinkForm() {
  const { t } = useTranslation();
  const session = useSession();
  const { outcome, busy } = useStoreState(session.links.store);
  const [room, setRoom] = useState('');
  const inputId = useId();
  const hintId = useId();
  const target = roomFromNameOrLink(room);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (target) void session.links.invite(target).then(() => setRoom(''));
  };
  return (
    <section className="workshop-links" aria-labelledby={`${inputId}-title`}>
      <h3 id={`${inputId}-title`} className="workshop-links__title">
        {t('link.title')}
      </h3>
      <form className="workshop-links__form" onSubmit={submit}>
        <label htmlFor={inputId}>{t('link.roomLabel')}</label>
        <input id={inputId} type="text" value={room} onChange={(event) => setRoom(event.target.value)} aria-describedby={hintId} autoComplete="off" spellCheck={false} />
        <button type="submit" className="button small" disabled={busy || !target}>
          {t('link.invite')}
        </button>
      </form>
      <p id={hintId} className="workshop-links__hint">
        {t('link.hint')}
      </p>
      <p className="workshop-links__outcome" aria-live="polite">
        {outcome && outcomeText(outcome, t)}
      </p>
    </section>
  );
}

function outcomeText(outcome: LinkOutcome, t: TFunction): string {
  switch (outcome.kind) {
    case 'waiting':
      return t('link.waiting', { room: outcome.room });
    case 'accepted':
      return t('link.accepted', { room: outcome.room });
    case 'refused':
      return t('link.refused', { room: outcome.room });
    case 'failed':
      return outcome.code === 'NOT_FOUND' || outcome.code === 'INVALID_PAYLOAD' ? outcome.message : t('link.failed', { room: outcome.room });
  }
}
