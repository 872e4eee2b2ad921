import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMeetingState, useSession } from '../../app/session-context';
import { AgendaSection } from './AgendaSection';
import { ChatSection } from './ChatSection';
import { QueueSection } from './QueueSection';
import { NARROW_SCREEN, useMediaQuery } from './use-media-query';

const SECTIONS = ['queue', 'agenda', 'chat'] as const;
type Section = (typeof SECTIONS)[number];

const SECTION_TITLES = { queue: 'queue.title', agenda: 'agenda.title', chat: 'chat.title' } as const;

/**
 * The meeting beside the videos: the speaking queue, the agenda and the chat. A wide screen
 * shows the three one above the other; a phone shows one at a time, under tabs. Kept in the
 * page while closed (hidden) so the toggle's aria-controls points at it.
 */
export function MeetingPanel({ id, open }: { id: string; open: boolean }) {
  const { t } = useTranslation();
  const session = useSession();
  const { meeting, unreadChat } = useMeetingState();
  const narrow = useMediaQuery(NARROW_SCREEN);
  const [tab, setTab] = useState<Section>('queue');
  const chatOnScreen = open && (!narrow || tab === 'chat');

  useEffect(() => {
    session.meeting.setChatVisible(chatOnScreen);
  }, [session, chatOnScreen]);
  useEffect(() => () => session.meeting.setChatVisible(false), [session]);

  const content: Record<Section, ReactNode> = {
    queue: <QueueSection />,
    agenda: <AgendaSection />,
    chat: <ChatSection />,
  };

  return (
    <aside id={id} className={narrow ? 'meeting-panel meeting-panel--tabs' : 'meeting-panel'} hidden={!open} aria-label={t('meeting.panel')}>
      {/* Rendered once the state is here: the chat log then starts full, and is not read out whole. */}
      {meeting &&
        (narrow ? (
          <Tabs current={tab} onSelect={setTab} unreadChat={unreadChat} queueCount={meeting.queue.length}>
            {content[tab]}
          </Tabs>
        ) : (
          <>
            {/* The queue and the agenda scroll together; the chat keeps its place and its input below. */}
            <div className="meeting-panel__scroll">
              {(['queue', 'agenda'] as const).map((section) => (
                <div key={section} className={`meeting-panel__section meeting-panel__section--${section}`}>
                  <h2 className="meeting-panel__title">
                    {t(SECTION_TITLES[section])}
                    {section === 'queue' && meeting.queue.length > 0 && <Count value={meeting.queue.length} />}
                  </h2>
                  {content[section]}
                </div>
              ))}
            </div>
            <div className="meeting-panel__section meeting-panel__section--chat">
              <h2 className="meeting-panel__title">{t(SECTION_TITLES.chat)}</h2>
              {content.chat}
            </div>
          </>
        ))}
    </aside>
  );
}

interface TabsProps {
  current: Section;
  onSelect(section: Section): void;
  unreadChat: number;
  queueCount: number;
  children: ReactNode;
}

/** ARIA tabs: arrow keys move between them, Tab goes into the panel. */
function Tabs({ current, onSelect, unreadChat, queueCount, children }: TabsProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const tabs = useRef<Partial<Record<Section, HTMLButtonElement | null>>>({});

  const onKeyDown = (event: KeyboardEvent) => {
    const index = SECTIONS.indexOf(current);
    const target =
      event.key === 'ArrowRight' ? SECTIONS[(index + 1) % SECTIONS.length]
      : event.key === 'ArrowLeft' ? SECTIONS[(index + SECTIONS.length - 1) % SECTIONS.length]
      : event.key === 'Home' ? SECTIONS[0]
      : event.key === 'End' ? SECTIONS[SECTIONS.length - 1]
      : undefined;
    if (!target) return;
    event.preventDefault();
    onSelect(target);
    tabs.current[target]?.focus();
  };

  return (
    <>
      <div className="meeting-tabs" role="tablist" aria-label={t('meeting.panel')} onKeyDown={onKeyDown}>
        {SECTIONS.map((section) => (
          <button
            key={section}
            ref={(element) => {
              tabs.current[section] = element;
            }}
            id={`${baseId}-${section}-tab`}
            type="button"
            role="tab"
            className="meeting-tabs__tab"
            aria-selected={section === current}
            aria-controls={`${baseId}-panel`}
            tabIndex={section === current ? 0 : -1}
            onClick={() => onSelect(section)}
          >
            {t(SECTION_TITLES[section])}
            {section === 'queue' && queueCount > 0 && <Count value={queueCount} />}
            {section === 'chat' && unreadChat > 0 && <Count value={unreadChat} label={t('chat.unread', { count: unreadChat })} />}
          </button>
        ))}
      </div>
      <div id={`${baseId}-panel`} className="meeting-tabs__panel" role="tabpanel" aria-labelledby={`${baseId}-${current}-tab`}>
        {children}
      </div>
    </>
  );
}

/** A small count after a title; `label` says what it counts where the number alone would not. */
export function Count({ value, label }: { value: number; label?: string }) {
  return (
    <span className="count-badge">
      <span aria-hidden={label ? true : undefined}>{value}</span>
      {label && <span className="visually-hidden">{label}</span>}
    </span>
  );
}
