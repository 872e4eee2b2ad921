import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { SessionContext } from './app/session-context';
import { CallSession } from './call/call-session';
import { setUpI18n } from './i18n/setup';
import './styles/base.css';
import './styles/pages.css';
import './styles/call.css';
import './styles/grid.css';
import './styles/participants.css';
import './styles/current-item.css';
import './styles/meeting-panel.css';
import './styles/chat.css';
import './styles/meeting-marks.css';
import './styles/minutes.css';
import './styles/live.css';
import './styles/newcomers.css';
import './styles/link.css';
import './styles/schedule.css';
import './styles/publishing.css';

setUpI18n();
const session = new CallSession();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <SessionContext value={session}>
      <App />
    </SessionContext>
  </StrictMode>,
);
