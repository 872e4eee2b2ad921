import { useTranslation } from 'react-i18next';
import { minutesPath } from '../../app/routing';
import { useSession } from '../../app/session-context';
import { PageLink } from '../minutes/PageLink';
import { PublishingSettings } from '../publishing/PublishingSettings';
import { RoomReports } from '../publishing/RoomReports';
import { LastMeeting } from '../schedule/LastMeeting';
import { RoomSchedule } from '../schedule/RoomSchedule';
import { useRoomSchedule } from '../schedule/use-room-schedule';
import { PreJoinAgenda } from './PreJoinAgenda';

interface PreJoinMeetingProps {
  room: string;
  name: string;
  onNameMissing(): void;
}

/** The meeting before the call: when it is, what it will be about, what was left open last time. */
export function PreJoinMeeting({ room, name, onNameMissing }: PreJoinMeetingProps) {
  const { t } = useTranslation();
  const session = useSession();
  const { load, reload } = useRoomSchedule(room);
  const data = load.status === 'ready' ? load.data : null;
  const facilitatorToken = session.seats.facilitatorTokenFor(room);
  return (
    <>
      <RoomSchedule room={room} data={data} facilitatorToken={facilitatorToken} onChanged={reload} />
      {facilitatorToken && <PublishingSettings room={room} facilitatorToken={facilitatorToken} />}
      <PreJoinAgenda room={room} name={name} onNameMissing={onNameMissing} />
      {data?.lastMeeting && <LastMeeting room={room} last={data.lastMeeting} />}
      <RoomReports room={room} facilitatorToken={facilitatorToken} />
      <p className="prejoin__minutes">
        <PageLink to={minutesPath(room)}>{t('minutes.history.link')}</PageLink>
      </p>
    </>
  );
}
