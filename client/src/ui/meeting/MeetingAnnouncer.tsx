import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMeetingState } from '../../app/session-context';
import { meetingAnnouncements } from '../../facilitation/announcements';

/**
 * Reads out what changes in the meeting (the current item, the floor, hands going up, our own
 * place in the queue) in a polite live region, visually hidden: sighted people see the same on
 * the bar, the tiles and the queue. Not role="status": the call's status line is that.
 */
export function MeetingAnnouncer() {
  const { t } = useTranslation();
  const { meeting, selfId } = useMeetingState();
  const previous = useRef(meeting);
  const [message, setMessage] = useState('');

  useEffect(() => {
    const before = previous.current;
    previous.current = meeting;
    if (!meeting || before === meeting) return;
    const said = meetingAnnouncements(before, meeting, selfId);
    if (said.length === 0) return;
    setMessage(said.map(({ key, ...values }) => t(`announce.${key}`, values)).join(' '));
  }, [meeting, selfId, t]);

  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
