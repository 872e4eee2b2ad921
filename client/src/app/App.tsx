import { useMemo } from 'react';
import { HomePage } from '../ui/home/HomePage';
import { NotFoundPage } from '../ui/common/NotFoundPage';
import { MinutesHistoryPage } from '../ui/minutes/MinutesHistoryPage';
import { RoomPage } from '../ui/room/RoomPage';
import { parseRoute, usePathname } from './routing';

export function App() {
  const pathname = usePathname();
  const route = useMemo(() => parseRoute(pathname), [pathname]);
  switch (route.page) {
    case 'home':
      return <HomePage />;
    case 'room':
      // A new key per room: moving between rooms starts from a clean page.
      return <RoomPage key={route.room} room={route.room} />;
    case 'minutes':
      return <MinutesHistoryPage room={route.room} meetingId={route.meetingId} />;
    case 'not-found':
      return <NotFoundPage />;
  }
}
