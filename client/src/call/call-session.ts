import { PROTOCOL_VERSION, type IceServer, type MediaSource, type RtpCapabilities } from '@palabre/shared';
import { watchDevicePixelRatio } from '../app/device-pixel-ratio';
import { MeetingSession } from '../facilitation/meeting-session';
import { browserSessionStorage, newPageId, SeatMemory } from '../facilitation/seat-memory';
import { LocalMedia } from '../media/local-media';
import { MediaConnection } from '../media/media-connection';
import { MinutesLink } from '../minutes/minutes-link';
import { TrackRegistry } from '../media/track-registry';
import { createRequest, RequestError, type Request } from '../signalling/request';
import { createSocket, type PalabreSocket } from '../signalling/socket';
import { createStore, type Store } from '../state/store';
import { callReducer, initialCallState, type CallAction, type CallState } from './call-state';
import { rememberedGrid, rememberIncomingVideo, rememberPageSize } from './grid-preferences';
import type { IncomingVideo, PageSize } from './grid-state';
import { remoteVideoTiles, selectStage } from './tiles';
import { ViewReporter } from './view-reporter';
import { LiveBroadcast } from './live-broadcast';
import { WorkshopLinks } from './workshop-links';

/** What the pre-join page says about the person joining. */
export interface JoinOptions {
  /** Their first time here: everyone sees a discreet mark on them, so they can be welcomed. */
  firstTime?: boolean;
  /** Consent to be named in the published minutes; off unless ticked, and said at every join. */
  namedInReport?: boolean;
}

const SOURCES: readonly MediaSource[] = ['mic', 'camera', 'screen'];
/** Transient failures (a worker restarting, a slow reply) are retried this many times. */
const ATTEMPTS = 3;
const RETRY_DELAY_MS = 1_000;
const RETRYABLE = new Set(['TIMEOUT', 'MEDIA_UNAVAILABLE', 'INTERNAL', 'NOT_FOUND']);

/**
 * One person's presence in a call: the signalling socket, the seat (resume token), the current
 * media connection, and our local devices. React never sees these objects: it reads `store` (and
 * the facilitated meeting's `meeting.store`) and calls the methods below.
 *
 * Media is set up in "generations": the first join, a media:reset and every rejoin after a drop
 * throw the previous MediaConnection away and open a new one with the same local tracks.
 */
export class CallSession {
  readonly store: Store<CallState, CallAction> = createStore(callReducer, initialCallState(navigator.onLine, rememberedGrid()));
  readonly tracks = new TrackRegistry();
  readonly local: LocalMedia;
  /** Resume and facilitator tokens, per room, kept for this tab (reloads included). */
  readonly seats = new SeatMemory(browserSessionStorage(), newPageId());
  /** Agenda, speaking queue, floor, roles, chat and reactions. */
  readonly meeting: MeetingSession = new MeetingSession({
    request: () => this.request,
    onMutedByFacilitator: () => void this.local.setMicOn(false),
    onFloorChanged: (peerId) => this.dispatch({ type: 'floor-changed', peerId }),
    onRoleChanged: (_role, facilitatorToken) => {
      const { room } = this.state;
      if (room) this.seats.rememberFacilitatorToken(room, facilitatorToken);
    },
  });
  /** The shared minutes' link to this call's connection (the editor itself loads on demand). */
  readonly minutes = new MinutesLink(() => this.request);
  /** The room's live stream: the LIVE badge for all, start and stop for facilitators. */
  readonly live = new LiveBroadcast(() => this.request);
  /** Workshop links: invitations to answer, the link form's outcome. */
  readonly links = new WorkshopLinks(() => this.request);
  /** Tiles report their size here; it tells the server which videos to send and how big. */
  readonly view = new ViewReporter({
    tiles: () => remoteVideoTiles(selectStage(this.state)),
    devicePixelRatio: () => window.devicePixelRatio,
  });

  private socket: PalabreSocket | null = null;
  private request: Request | null = null;
  private resumeToken: string | undefined;
  /** Said at every join of this call, rejoins included: the mark stays until the person leaves. */
  private firstTime = false;
  /** Sent explicitly every time, so unticking it withdraws a consent given at an earlier join. */
  private namedInReport = false;
  private iceServers: IceServer[] = [];
  private connection: MediaConnection | null = null;
  private mediaGeneration = 0;
  /** Bumped on every connection: a join attempt of an earlier one gives up. */
  private entryAttempt = 0;
  /** Producer changes run one at a time, each reading the wanted state when it runs. */
  private producerQueue: Promise<void> = Promise.resolve();

  constructor() {
    this.local = new LocalMedia(
      this.tracks,
      (local) => this.dispatch({ type: 'local-changed', local }),
      () => void this.syncProducers(),
    );
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    window.addEventListener('pagehide', this.onPageHide);
    window.addEventListener('pageshow', this.onPageShow);
    // The page, the page size, the video mode, cameras turning on and off all change the view.
    this.store.subscribe(() => this.view.update());
    watchDevicePixelRatio(() => this.view.update());
  }

  get state(): CallState {
    return this.store.getState();
  }

  /**
   * Joins `room` as `name` with whatever local media we hold (possibly none), in the seat this
   * tab had there if it had one (the same id, role and raised hand).
   */
  join(room: string, name: string, { firstTime = false, namedInReport = false }: JoinOptions = {}): void {
    this.closeSocket();
    this.firstTime = firstTime;
    this.namedInReport = namedInReport;
    this.resumeToken = this.seats.resumeTokenFor(room);
    this.meeting.reset();
    this.minutes.reset();
    this.live.reset();
    this.links.reset();
    this.dispatch({ type: 'join-started', room, name });
    const socket = createSocket();
    this.socket = socket;
    this.request = createRequest(socket);
    this.listen(socket);
    socket.connect();
  }

  /** From the "left" or "failed" screen: capture again and sit down again (the tab keeps its seat). */
  async rejoin(): Promise<void> {
    const { room, selfName } = this.state;
    if (!room) return;
    await this.local.start();
    this.join(room, selfName, { firstTime: this.firstTime, namedInReport: this.namedInReport });
  }

  /** The person went to another page: leave the call if in it, release every device. */
  exitRoom(): void {
    const { status } = this.state.phase;
    if (status === 'joining' || status === 'joined' || status === 'reconnecting') void this.leave();
    this.closeSocket();
    this.local.stopAll();
    this.meeting.reset();
    this.minutes.reset();
    this.live.reset();
    this.links.reset();
    this.dispatch({ type: 'reset' });
  }

  /** From the "meeting ended" screen: the pre-join page, where joining opens a new meeting. */
  backToRoom(): void {
    this.dispatch({ type: 'reset' });
  }

  async toggleMic(): Promise<void> {
    await this.local.setMicOn(!(this.local.micEnabled && this.local.track('mic')));
  }

  async toggleCamera(): Promise<void> {
    await this.local.setCameraOn(!this.local.track('camera'));
  }

  async toggleScreen(): Promise<void> {
    await this.local.setScreenOn(!this.local.track('screen'));
  }

  /** Leaves for good: the server frees the seat at once, and every device is released. */
  async leave(): Promise<void> {
    const socket = this.socket;
    const request = this.request;
    this.socket = null;
    this.request = null;
    this.resumeToken = undefined;
    this.closeMedia();
    this.local.stopAll();
    this.meeting.reset();
    this.minutes.reset();
    this.live.reset();
    this.links.reset();
    this.dispatch({ type: 'left' });
    if (!socket) return;
    socket.removeAllListeners();
    // Wait for the ack: disconnecting first would make the server keep the seat as "reconnecting".
    if (socket.connected && request) await request('room:leave', {}).catch(() => undefined);
    socket.disconnect();
  }

  /**
   * A facilitator ended the meeting: the server closed the room, so our media goes too. The seat
   * (resume token) is kept: the server keeps who we are and our role across a room's meetings.
   */
  private meetingEnded(endedBy: string, meetingId: string): void {
    this.closeSocket();
    this.closeMedia();
    this.local.stopAll();
    this.meeting.reset();
    this.minutes.reset();
    this.live.reset();
    this.links.reset();
    this.dispatch({ type: 'meeting-ended', endedBy, meetingId });
  }

  showPage(page: number): void {
    this.dispatch({ type: 'page-changed', page });
  }

  setPageSize(pageSize: PageSize): void {
    rememberPageSize(pageSize);
    this.dispatch({ type: 'page-size-changed', pageSize });
  }

  setIncomingVideo(incomingVideo: IncomingVideo): void {
    rememberIncomingVideo(incomingVideo);
    this.dispatch({ type: 'incoming-video-changed', incomingVideo });
  }

  dismissCaptureError(): void {
    this.dispatch({ type: 'local-changed', local: { captureError: null } });
  }

  audioBlocked(blocked: boolean): void {
    this.dispatch({ type: 'audio-blocked', blocked });
  }

  private listen(socket: PalabreSocket): void {
    socket.on('connect', () => void this.enterRoom(socket));
    socket.on('disconnect', (reason) => {
      if (socket !== this.socket) return;
      // Nothing can be reported until we are back, and the server then forgets the view anyway.
      this.view.stop();
      this.minutes.connectionLost();
      this.dispatch({ type: 'connection-lost' });
      // The server never drops a seat on purpose in this protocol: treat it like a network drop.
      if (reason === 'io server disconnect') socket.connect();
    });
    socket.on('peer:joined', (peer) => this.dispatch({ type: 'peer-joined', peer }));
    socket.on('peer:updated', (peer) => this.dispatch({ type: 'peer-updated', peer }));
    socket.on('peer:left', ({ peerId }) => this.dispatch({ type: 'peer-left', peerId }));
    socket.on('speaker:changed', ({ peerId }) => this.dispatch({ type: 'speaker-changed', peerId }));
    // Listening before media:ready is sent: the server announces consumers in reply to it.
    socket.on('consumer:added', (consumer) => this.connection?.consume(consumer));
    socket.on('consumer:closed', ({ consumerId }) => this.connection?.dropConsumer(consumerId));
    socket.on('media:reset', ({ routerRtpCapabilities }) => void this.setUpMedia(routerRtpCapabilities));
    socket.on('producer:layers', ({ producerId, maxSpatialLayer }) => {
      this.connection?.limitLayers(producerId, maxSpatialLayer).catch((error: unknown) => console.warn('could not limit layers', error));
    });
    socket.on('meeting:ended', ({ endedBy, meetingId }) => {
      if (socket === this.socket) this.meetingEnded(endedBy, meetingId);
    });
    this.meeting.listen(socket);
    this.minutes.listen(socket);
    this.live.listen(socket);
    this.links.listen(socket);
  }

  /**
   * On every (re)connection: take our seat, or take it back with the resume token after a drop.
   * The server closed the old media, so it is all set up again.
   */
  private async enterRoom(socket: PalabreSocket): Promise<void> {
    const { room, selfName } = this.state;
    if (!room || socket !== this.socket || !this.request) return;
    const request = this.request;
    const entry = ++this.entryAttempt;
    const stale = () => socket !== this.socket || entry !== this.entryAttempt;
    for (let attempt = 1; ; attempt += 1) {
      try {
        const facilitatorToken = this.seats.facilitatorTokenFor(room);
        const joined = await request('room:join', {
          protocolVersion: PROTOCOL_VERSION,
          room,
          name: selfName,
          ...(this.resumeToken ? { resumeToken: this.resumeToken } : {}),
          ...(facilitatorToken ? { facilitatorToken } : {}),
          ...(this.firstTime ? { firstTime: true } : {}),
          namedInReport: this.namedInReport,
        });
        const receivedAt = Date.now();
        if (stale()) return;
        this.resumeToken = joined.resumeToken;
        this.seats.rememberSeat(room, joined.resumeToken);
        if (joined.facilitatorToken) this.seats.rememberFacilitatorToken(room, joined.facilitatorToken);
        this.iceServers = joined.iceServers;
        // The meeting first: the call view shows it as soon as the call says "joined".
        this.meeting.joined(joined, receivedAt);
        this.live.joined(joined.live, joined.linkedLive);
        this.dispatch({
          type: 'joined',
          self: joined.self,
          peers: joined.peers,
          activeSpeakerId: joined.activeSpeakerId,
        });
        this.dispatch({ type: 'floor-changed', peerId: joined.meeting.speaker?.peerId ?? null });
        // Before media, which takes a while: edits made offline go out as soon as we are back.
        this.minutes.joined();
        await this.setUpMedia(joined.routerRtpCapabilities);
        return;
      } catch (error) {
        if (stale()) return;
        const code = error instanceof RequestError ? error.code : 'INTERNAL';
        // Dropped again: the next 'connect' tries again.
        if (code === 'DISCONNECTED') return;
        if (!RETRYABLE.has(code) || attempt >= ATTEMPTS) {
          this.closeSocket();
          this.closeMedia();
          this.dispatch({ type: 'join-failed', code });
          return;
        }
        await delay(RETRY_DELAY_MS * attempt);
        if (stale()) return;
      }
    }
  }

  /** Opens a new media connection against these capabilities, dropping the previous one. */
  private async setUpMedia(routerRtpCapabilities: RtpCapabilities): Promise<void> {
    const generation = ++this.mediaGeneration;
    this.closeMedia(generation);
    const request = this.request;
    if (!request) return;
    for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
      try {
        const connection = await MediaConnection.open(
          {
            request,
            registry: this.tracks,
            onRemoteMediaAdded: (media) => this.dispatch({ type: 'remote-media-added', media }),
            onRemoteMediaRemoved: (consumerId) => this.dispatch({ type: 'remote-media-removed', consumerId }),
          },
          routerRtpCapabilities,
          this.iceServers,
        );
        if (generation !== this.mediaGeneration) {
          connection.close();
          return;
        }
        this.connection = connection;
        // The server forgot our view with our previous media. Told before media:ready, it never
        // resumes a video we do not show, nor sends a thumbnail at 720p.
        await this.view.start(async (tiles) => {
          await request('view:update', { tiles });
        });
        if (generation !== this.mediaGeneration) return;
        await request('media:ready', { rtpCapabilities: connection.rtpCapabilities });
        await this.syncProducers();
        return;
      } catch (error) {
        if (generation !== this.mediaGeneration) return;
        this.closeMedia(generation);
        const code = error instanceof RequestError ? error.code : 'INTERNAL';
        if (code === 'DISCONNECTED' || attempt === ATTEMPTS) {
          console.warn('media setup failed', error);
          return;
        }
        await delay(RETRY_DELAY_MS * attempt);
        if (generation !== this.mediaGeneration) return;
      }
    }
  }

  /** Sends what we capture: a queued job that reads the wanted state when its turn comes. */
  private syncProducers(): Promise<void> {
    const job = this.producerQueue.then(async () => {
      for (const source of SOURCES) {
        const connection = this.connection;
        if (!connection || !this.socket?.connected) return;
        try {
          await connection.syncSource(source, this.local.track(source), source === 'mic' ? this.local.micEnabled : true);
        } catch (error) {
          // One source failing (a codec refused, a producer already gone) leaves the others alone.
          if (connection === this.connection) console.warn(`could not send ${source}`, error);
        }
      }
    });
    this.producerQueue = job;
    return job;
  }

  /** Local teardown of the current media; `generation` keeps a newer setup's connection alive. */
  private closeMedia(generation = ++this.mediaGeneration): void {
    if (generation !== this.mediaGeneration) return;
    this.view.stop();
    this.connection?.close();
    this.connection = null;
    this.dispatch({ type: 'remote-media-cleared' });
  }

  private closeSocket(): void {
    const socket = this.socket;
    this.socket = null;
    this.request = null;
    if (!socket) return;
    socket.removeAllListeners();
    socket.disconnect();
  }

  private readonly onOnline = () => {
    this.dispatch({ type: 'online-changed', online: true });
    // Skip the rest of Socket.IO's backoff: the network is back now.
    if (this.socket && !this.socket.connected) this.socket.connect();
  };

  private readonly onOffline = () => this.dispatch({ type: 'online-changed', online: false });

  /**
   * The page goes away: a reload, or the tab closing (we cannot tell which). A reload must get
   * the same seat back with its raised hand and the floor, so we do not leave: the server keeps
   * the seat through its reconnection grace period, and the next page of this tab takes it back.
   * Only a closed tab costs the others that period of "reconnecting". Leave frees it at once.
   */
  private readonly onPageHide = () => this.seats.releaseSeats();

  /** Back from the back-forward cache: this page holds its seats again. */
  private readonly onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) this.seats.reclaimSeats();
  };

  private dispatch(action: CallAction): void {
    this.store.dispatch(action);
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
