import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '@palabre/shared';
import { useMeetingState, useSession } from '../../app/session-context';
import { isFacilitator } from '../../facilitation/meeting-selectors';
import { formatClock } from '../../facilitation/meeting-timers';
import { AddItemForm } from './AddItemForm';
import { RowActions } from './RowActions';
import { TimeBoxForm } from './TimeBoxForm';

/** The agenda: anyone proposes an item; facilitators order it, time-box it and move through it. */
export function AgendaSection() {
  const { t } = useTranslation();
  const state = useMeetingState();
  const { meeting } = state;
  if (!meeting) return null;
  const facilitator = isFacilitator(state);
  const { agenda } = meeting;

  return (
    <div className="agenda-section">
      <ol className="agenda" role="list" aria-label={t('agenda.list')}>
        {agenda.map((item, index) => (
          <AgendaRow key={item.id} item={item} index={index} count={agenda.length} facilitator={facilitator} />
        ))}
      </ol>
      {agenda.length === 0 && <p className="meeting-empty">{t('agenda.empty')}</p>}
      <AddItemForm />
    </div>
  );
}

interface AgendaRowProps {
  item: AgendaItem;
  index: number;
  count: number;
  facilitator: boolean;
}

function AgendaRow({ item, index, count, facilitator }: AgendaRowProps) {
  const { t } = useTranslation();
  const session = useSession();
  const details = [
    item.owner ? t('agenda.owner', { name: item.owner }) : t('agenda.proposedBy', { name: item.proposedBy }),
    item.durationMinutes !== null ? t('agenda.timeBox', { count: item.durationMinutes }) : null,
    item.status === 'done' && item.spentMs > 0 ? t('agenda.spent', { time: formatClock(item.spentMs) }) : null,
  ].filter(Boolean);

  return (
    <li className={`agenda-item agenda-item--${item.status}`} aria-current={item.status === 'current' ? 'step' : undefined}>
      <RowActions
        label={t('agenda.actionsFor', { title: item.title })}
        line={
          <div className="agenda-item__text">
            <span className="agenda-item__title">{item.title}</span>
            <span className="agenda-item__details">
              <span className={`agenda-item__status agenda-item__status--${item.status}`}>{t(`agenda.status.${item.status}`)}</span>
              {details.map((detail) => (
                <span key={detail}> · {detail}</span>
              ))}
            </span>
          </div>
        }
      >
        {facilitator && (
          <>
            <button
              type="button"
              className="button small"
              disabled={item.status === 'current'}
              onClick={() => void session.meeting.makeCurrent(item.id)}
            >
              {t('agenda.makeCurrent')}
            </button>
            <button type="button" className="button small" disabled={index === 0} onClick={() => void session.meeting.moveItem(item.id, index - 1)}>
              {t('agenda.moveUp')}
            </button>
            <button
              type="button"
              className="button small"
              disabled={index === count - 1}
              onClick={() => void session.meeting.moveItem(item.id, index + 1)}
            >
              {t('agenda.moveDown')}
            </button>
            <TimeBoxForm item={item} />
            <button type="button" className="button small danger" onClick={() => void session.meeting.removeItem(item.id)}>
              {t('agenda.remove')}
            </button>
          </>
        )}
      </RowActions>
    </li>
  );
}
