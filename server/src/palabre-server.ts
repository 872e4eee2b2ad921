import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import type { Config } from './config.js';
import { agendaRoutes } from './http/agenda-routes.js';
import { archiveRoutes } from './http/archive-routes.js';
import { publishingRoutes } from './http/publishing-routes.js';
import { publicReportRoutes } from './http/public-report-routes.js';
import { reviewMinutesRoutes } from './http/review-minutes-routes.js';
import { PublishingService } from './publishing/publishing-service.js';
import { calendarRoutes } from './http/calendar-routes.js';
import { glossaryRoutes } from './http/glossary-routes.js';
import { scheduleRoutes } from './http/schedule-routes.js';
import { createHttpApp } from './http/create-http-app.js';
import { liveRoutes } from './http/live-routes.js';
import { LiveRegistry } from './live/live-registry.js';
import { LinkRegistry } from './link/link-registry.js';
import { minutesRoutes } from './http/minutes-routes.js';
import { WorkerPool } from './media/worker-pool.js';
import { MinutesRegistry } from './minutes/minutes-registry.js';
import type { Logger } from './observability/logger.js';
import { createMetrics } from './observability/metrics.js';
import { RoomManager } from './rooms/room-manager.js';
import { attachSignalling } from './signalling/attach-signalling.js';
import type { PalabreServer } from './signalling/types.js';
import { openDatabase } from './storage/database.js';
import { ChatStore } from './storage/chat-store.js';
import { MeetingStore } from './storage/meeting-store.js';
import { MinutesStore } from './storage/minutes-store.js';
import { ParticipantStore } from './storage/participant-store.js';
import { RoomStore } from './storage/room-store.js';
import { GlossaryStore } from './storage/glossary-store.js';
import { SeriesStore } from './storage/series-store.js';
import { LiveSettingsStore } from './storage/live-settings-store.js';
import { addWelcomeItem } from './schedule/welcome-item.js';

export interface RunningServer {
  url: string;
  port: number;
  io: PalabreServer;
  rooms: RoomManager;
  live: LiveRegistry;
  links: LinkRegistry;
  publishing: PublishingService;
  pool: WorkerPool;
  close(): Promise<void>;
}

/** Wires storage, media workers, rooms, signalling and HTTP together and starts listening. */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  const db = openDatabase(config.DATA_DIR);
  const pool = await WorkerPool.start({
    size: config.MEDIASOUP_WORKERS,
    rtcBasePort: config.RTC_PORT,
    listenIp: config.RTC_LISTEN_IP,
    announcedAddress: config.ANNOUNCED_ADDRESS,
    logger,
  });
  const storage = {
    rooms: new RoomStore(db),
    participants: new ParticipantStore(db),
    meetings: new MeetingStore(db),
    chat: new ChatStore(db),
  };
  const minutesStore = new MinutesStore(db);
  const series = new SeriesStore(db);
  const glossaries = new GlossaryStore(db);
  const minutes = new MinutesRegistry(minutesStore, logger);
  const publishing = new PublishingService(
    db,
    { meetings: storage.meetings, minutes: minutesStore, chat: storage.chat },
    config,
    logger.child({ component: 'publishing' }),
  );
  const rooms = new RoomManager({
    pool,
    logger,
    peerGraceMs: config.PEER_GRACE_SECONDS * 1000,
    peersPerRouter: config.PEERS_PER_ROUTER,
    storage,
    ending: publishing.freezer,
  }, {
    // A series' standing welcome item opens each of its meetings.
    roomOpened: (room) => addWelcomeItem(room.name, room.meeting.id, { series, meetings: storage.meetings }),
  });

  const live = new LiveRegistry({ logger, defaultRtmpUrl: config.LIVE_RTMP_URL ?? null, settings: new LiveSettingsStore(db) });
  const links = new LinkRegistry(rooms, logger);

  const app = createHttpApp({
    clientDist: config.CLIENT_DIST,
    metrics: createMetrics(rooms, pool),
    trustProxy: config.TRUST_PROXY,
    api: [
      liveRoutes(live, config.CLIENT_DIST),
      // Before the agenda routes, whose 16 KiB JSON parser applies to every path: a glossary, a
      // schedule or a correction of the minutes may be larger.
      scheduleRoutes({ rooms: storage.rooms, series, minutes: minutesStore }),
      glossaryRoutes(storage.rooms, glossaries),
      reviewMinutesRoutes(publishing, storage.rooms),
      calendarRoutes({ series, meetings: storage.meetings, minutes: minutesStore }),
      agendaRoutes(rooms, storage),
      minutesRoutes(minutesStore),
      archiveRoutes(publishing.reports, publishing.labels),
      publishingRoutes(publishing, storage.rooms, { allowPrivateHosts: config.PUBLISH_ALLOW_PRIVATE_HOSTS }),
      publicReportRoutes(publishing.reports),
    ],
  });
  const httpServer = http.createServer(app);
  const io: PalabreServer = new Server(httpServer, {
    serveClient: false,
    maxHttpBufferSize: 1_000_000,
    // Notice a dead connection within about 10 s, so its seat shows "reconnecting" quickly.
    pingInterval: 5_000,
    pingTimeout: 5_000,
  });
  attachSignalling(io, { rooms, logger, iceServers: config.ICE_SERVERS, minutes, live, links });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.PORT, config.HOST, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
  const url = `http://${host}:${port}`;
  logger.info({ url, workers: config.MEDIASOUP_WORKERS }, 'Palabre is listening');
  // Ends meetings left open (by a crash too) and resumes the outbox where it was.
  publishing.start(rooms);

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      // No ffmpeg outlives the server.
      await live.close();
      links.close();
      rooms.close();
      minutes.close();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      pool.close();
      await publishing.close();
      db.close();
    })());

  return { url, port, io, rooms, live, links, publishing, pool, close };
}
