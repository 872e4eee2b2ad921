import { useId, useLayoutEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatMessage } from '@palabre/shared';
import { useMeetingState, useSession } from '../../app/session-context';
import { SendIcon } from '../common/icons';
import { ChatText } from './ChatText';

/** A reader this close to the end is following along: new messages scroll into view. */
const FOLLOWING_PX = 48;

/** The meeting's chat: a log (read out as messages arrive) and one line to write in. */
export function ChatSection() {
  const { t, i18n } = useTranslation();
  const { chat, selfId } = useMeetingState();
  const log = useRef<HTMLDivElement>(null);
  const following = useRef(true);
  const language = i18n.resolvedLanguage ?? i18n.language;
  const timeFormat = useMemo(() => new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }), [language]);

  useLayoutEffect(() => {
    const element = log.current;
    if (element && following.current) element.scrollTop = element.scrollHeight;
  }, [chat]);

  return (
    <div className="chat-section">
      <div
        ref={log}
        className="chat-log"
        role="log"
        aria-label={t('chat.log')}
        // Scrollable: reachable and scrollable with the keyboard.
        tabIndex={0}
        onScroll={(event) => {
          const element = event.currentTarget;
          following.current = element.scrollHeight - element.scrollTop - element.clientHeight < FOLLOWING_PX;
        }}
      >
        {chat.length === 0 && <p className="meeting-empty">{t('chat.empty')}</p>}
        {chat.map((message) => (
          <ChatEntry key={message.id} message={message} isSelf={message.peerId === selfId} time={timeFormat.format(message.sentAt)} />
        ))}
      </div>
      <ChatForm />
    </div>
  );
}

function ChatEntry({ message, isSelf, time }: { message: ChatMessage; isSelf: boolean; time: string }) {
  const { t } = useTranslation();
  return (
    <div className={isSelf ? 'chat-message chat-message--self' : 'chat-message'}>
      <p className="chat-message__meta">
        <span className="chat-message__name">{isSelf ? t('tile.you', { name: message.name }) : message.name}</span>{' '}
        <time className="chat-message__time" dateTime={new Date(message.sentAt).toISOString()}>
          {time}
        </time>
      </p>
      <p className="chat-message__text">
        <ChatText text={message.text} />
      </p>
    </div>
  );
}

function ChatForm() {
  const { t } = useTranslation();
  const session = useSession();
  const [text, setText] = useState('');
  const id = useId();

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const message = text.trim();
    if (!message) return;
    // Cleared at once so the next message can be typed; put back if the server refused it.
    setText('');
    const sent = await session.meeting.sendChat(message);
    if (!sent) setText((current) => current || message);
  };

  return (
    <form className="chat-form" onSubmit={(event) => void send(event)}>
      <label htmlFor={id} className="visually-hidden">
        {t('chat.message')}
      </label>
      <input
        id={id}
        type="text"
        value={text}
        maxLength={2000}
        placeholder={t('chat.placeholder')}
        autoComplete="off"
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" className="button small primary" disabled={text.trim() === ''}>
        <SendIcon />
        <span>{t('chat.send')}</span>
      </button>
    </form>
  );
}
