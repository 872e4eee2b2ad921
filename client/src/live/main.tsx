import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { roomNameSchema } from '@palabre/shared';
import { setUpI18n } from '../i18n/setup';
import { LivePage } from './LivePage';
import '../styles/base.css';
import '../styles/live.css';

/** The viewer page's own entry (live.html): no call, no mediasoup, just the player. */
setUpI18n();
const room = roomNameSchema.safeParse(decodeURIComponent(location.pathname.split('/')[2] ?? ''));
const player = new URLSearchParams(location.search).get('player');

const root = document.getElementById('root');
if (!root) throw new Error('live.html has no #root');
createRoot(root).render(
  <StrictMode>
    {room.success ? (
      <LivePage room={room.data} prefer={player === 'native' || player === 'hls.js' ? player : null} />
    ) : (
      <p role="alert">Not a room.</p>
    )}
  </StrictMode>,
);
