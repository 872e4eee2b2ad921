import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { GlossaryEditor } from './GlossaryEditor';

interface FirstTimeGuideProps {
  room: string;
  open: boolean;
  onClose(): void;
}

/**
 * How a meeting here works, for someone who has never been: the call, asking for the floor, the
 * agenda and the minutes, and the room's own words. A native modal <dialog>: it keeps focus
 * inside, closes with Escape and gives focus back to what opened it.
 */
export function FirstTimeGuide({ room, open, onClose }: FirstTimeGuideProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog ref={dialog} className="guide" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{t('guide.title')}</h2>
      <p>{t('guide.intro')}</p>
      <h3>{t('guide.callTitle')}</h3>
      <p>{t('guide.call')}</p>
      <h3>{t('guide.floorTitle')}</h3>
      <p>{t('guide.floor')}</p>
      <h3>{t('guide.agendaTitle')}</h3>
      <p>{t('guide.agenda')}</p>
      <p>{t('guide.minutes')}</p>
      {/* Loaded when the guide opens: what others added since the page loaded is there. */}
      {open && <GlossaryEditor room={room} />}
      <div className="actions guide__close">
        <button type="button" className="button primary" onClick={onClose}>
          {t('guide.close')}
        </button>
      </div>
    </dialog>
  );
}
