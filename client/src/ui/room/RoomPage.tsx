import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCallState, useSession } from '../../app/session-context';
import { adoptFacilitatorLink } from '../../facilitation/seat-memory';
import { CallView } from '../call/CallView';
import { PreJoin } from '../prejoin/PreJoin';
import { EndedScreen, FailedScreen, LeftScreen } from './AfterCall';

/** `/r/<room>`: the pre-join screen, the call itself, or what comes after it. */
export function RoomPage({ room }: { room: string }) {
  const session = useSession();
  const state = useCallState();
  const { t } = useTranslation();

  useEffect(() => {
    document.title = `${room} · ${t('app.name')}`;
  }, [room, t]);

  // A facilitator link: keep its secret for the join, and take it out of the address bar now.
  // Before the first render (not in an effect, which runs after the children's): the pre-join
  // page reads the secret to offer the facilitator's tools. Adopting twice is harmless.
  useState(() => adoptFacilitatorLink(room, session.seats));

  // Going to another page leaves the call and turns the camera and microphone off.
  useEffect(() => () => session.exitRoom(), [session]);

  const inThisRoom = state.room === room;
  const status = inThisRoom ? state.phase.status : 'idle';
  switch (status) {
    case 'idle':
      return <PreJoin room={room} />;
    case 'joining':
    case 'joined':
    case 'reconnecting':
      return <CallView room={room} />;
    case 'left':
      return <LeftScreen />;
    case 'ended':
      return state.phase.status === 'ended' ? <EndedScreen room={room} endedBy={state.phase.endedBy} meetingId={state.phase.meetingId} /> : null;
    case 'failed':
      return <FailedScreen code={state.phase.status === 'failed' ? state.phase.code : 'INTERNAL'} />;
  }
}
