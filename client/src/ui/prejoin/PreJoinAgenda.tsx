import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '@palabre/shared';
import { AgendaRequestError, checkProposal, fetchAgenda, proposeItem, type ProposalProblem } from '../../facilitation/agenda-draft';
import { AgendaItemFields } from '../meeting/AgendaItemFields';

interface PreJoinAgendaProps {
  room: string;
  /** The name typed on this page: it signs the proposal. */
  name: string;
  /** No name yet: the page takes the person to its field. */
  onNameMissing(): void;
}

type Problem = ProposalProblem | 'load' | 'refused' | 'network';

const PROBLEM_TEXT = {
  name: 'prejoinAgenda.needName',
  title: 'prejoinAgenda.needTitle',
  minutes: 'prejoinAgenda.badMinutes',
  load: 'prejoinAgenda.loadFailed',
  refused: 'prejoinAgenda.refused',
  network: 'prejoinAgenda.network',
} as const satisfies Record<Problem, string>;

/** The open meeting's agenda, read and added to before joining (over HTTP, no seat taken). */
export function PreJoinAgenda({ room, name, onNameMissing }: PreJoinAgendaProps) {
  const { t } = useTranslation();
  const [items, setItems] = useState<AgendaItem[] | null>(null);
  const [title, setTitle] = useState('');
  const [minutes, setMinutes] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [sending, setSending] = useState(false);
  const headingId = useId();

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        setItems(await fetchAgenda(room, fetch, signal));
        setProblem((current) => (current === 'load' ? null : current));
      } catch {
        if (!signal?.aborted) setProblem('load');
      }
    },
    [room],
  );

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkProposal({ name, title, minutes });
    if (!checked.ok) {
      setProblem(checked.problem);
      if (checked.problem === 'name') onNameMissing();
      return;
    }
    setProblem(null);
    setSending(true);
    try {
      await proposeItem(room, checked.proposal);
      setTitle('');
      setMinutes('');
      await load();
    } catch (error) {
      setProblem(error instanceof AgendaRequestError && error.code !== 'NETWORK' ? 'refused' : 'network');
    } finally {
      setSending(false);
    }
  };

  return (
    <section className="prejoin-agenda" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('agenda.title')}</h2>
      <ul className="prejoin-agenda__list" aria-label={t('agenda.list')}>
        {items?.map((item) => (
          <li key={item.id}>
            <span className="prejoin-agenda__title">{item.title}</span>
            <span className="prejoin-agenda__details">
              {' · '}
              {item.owner ? t('agenda.owner', { name: item.owner }) : t('agenda.proposedBy', { name: item.proposedBy })}
              {item.durationMinutes !== null && ` · ${t('agenda.timeBox', { count: item.durationMinutes })}`}
            </span>
          </li>
        ))}
      </ul>
      {items?.length === 0 && <p className="hint">{t('agenda.empty')}</p>}
      {problem && (
        <p className="notice" role="alert">
          {t(PROBLEM_TEXT[problem])}
        </p>
      )}
      <form className="add-item" onSubmit={(event) => void submit(event)}>
        <AgendaItemFields title={title} minutes={minutes} onTitle={setTitle} onMinutes={setMinutes} />
        <button type="submit" className="button small add-item__submit" disabled={sending}>
          {t('prejoinAgenda.propose')}
        </button>
      </form>
    </section>
  );
}
