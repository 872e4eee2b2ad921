import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LiveMode, LiveState, LiveStopReason, MeetingState } from '@palabre/shared';
import type { Logger } from '../observability/logger.js';
import type { Room } from '../rooms/room.js';
import { ENCODER_SETTINGS } from './encoder-settings.js';
import { ffmpegArgs, type PipelineFiles } from './ffmpeg-args.js';
import { FfmpegProcess, waitFor } from './ffmpeg-process.js';
import type { RoomCapture } from '../capture/room-capture.js';
import { openLiveCapture } from './live-capture.js';
import { liveSdp, OPUS_PAYLOAD_TYPE, VP8_PAYLOAD_TYPE } from './live-sdp.js';
import { placeholderKeyframe } from './placeholder-frame.js';
import { freeRtpPorts, RtpRelay } from './rtp-relay.js';
import { waitForUdpListeners } from './udp-listeners.js';

/** How many microphones the mix carries at once: the loudest, sticky (see assignAudioSlots). */
export const AUDIO_SLOTS = 3;
/** ffmpeg writes its first playlist one segment (2 s) after the first keyframe; allow for a slow start. */
const FIRST_PLAYLIST_TIMEOUT_MS = 20_000;
const LISTEN_TIMEOUT_MS = 10_000;
/** Until the first playlist, the shown camera is asked for a keyframe this often (one lost is not fatal). */
const START_KEYFRAME_EVERY_MS = 1_000;

interface LiveStreamEvents {
  changed: [state: LiveState];
}

export interface LiveStreamOptions {
  mode: LiveMode;
  rtmpUrl: string | null;
  logger: Logger;
}

/**
 * One room's stream, from start to stop: a temp directory (SDP, caption, HLS files), the RTP
 * relay, ffmpeg, and the capture of the room's media. It stops when asked, when ffmpeg dies,
 * when its media is lost; stopping kills ffmpeg's process group and deletes the directory.
 */
export class LiveStream extends EventEmitter<LiveStreamEvents> {
  private current: LiveState;
  private dir: string | null = null;
  private relay: RtpRelay | null = null;
  private ffmpeg: FfmpegProcess | null = null;
  private capture: RoomCapture | null = null;
  private stopping: Promise<void> | null = null;
  private readonly logger: Logger;
  private readonly onMeeting = (state: MeetingState) => this.writeCaption(state);

  constructor(
    private readonly room: Room,
    private readonly options: LiveStreamOptions,
  ) {
    super();
    this.logger = options.logger.child({ room: room.name, live: options.mode });
    this.current = { status: 'starting', mode: options.mode, since: Date.now(), rtmp: options.rtmpUrl !== null, stopReason: null, pinnedPeerId: null };
  }

  get state(): LiveState {
    return this.current;
  }

  /** The HLS directory while the stream runs. */
  get hlsDir(): string | null {
    return this.current.status === 'off' || !this.dir ? null : path.join(this.dir, 'hls');
  }

  get ffmpegPid(): number | undefined {
    return this.ffmpeg?.pid;
  }

  async start(): Promise<void> {
    try {
      await this.open();
      const nudge = setInterval(() => this.capture?.refreshVideo(), START_KEYFRAME_EVERY_MS);
      try {
        await waitFor(() => this.stopping !== null || fs.existsSync(path.join(this.hlsDir ?? '', 'index.m3u8')), FIRST_PLAYLIST_TIMEOUT_MS);
      } finally {
        clearInterval(nudge);
      }
      if (this.stopping) return;
      this.set({ ...this.current, status: 'live' });
      this.logger.info({ pid: this.ffmpeg?.pid, rtmp: this.current.rtmp }, 'live stream on air');
    } catch (error) {
      // ffmpeg's own words say why (a source it could not read, an encoder that failed).
      const exit = await this.ffmpeg?.stop();
      this.logger.error({ err: error, ffmpegStderr: exit?.stderr }, 'live stream could not start');
      await this.stop('failed');
    }
  }

  /** Shows this person large (null: the speaker again); everyone sees who is pinned. */
  pin(peerId: string | null): void {
    if (this.stopping) return;
    this.capture?.pin(peerId);
    this.set({ ...this.current, pinnedPeerId: peerId });
  }

  /** Idempotent; resolves once ffmpeg is gone and the files are deleted. */
  stop(reason: LiveStopReason): Promise<void> {
    this.stopping ??= this.shutDown(reason);
    return this.stopping;
  }

  private async open(): Promise<void> {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), `palabre-live-${this.room.name}-`));
    const files: PipelineFiles = {
      sdp: path.join(this.dir, 'input.sdp'),
      hlsDir: path.join(this.dir, 'hls'),
      captionFile: path.join(this.dir, 'caption.txt'),
    };
    fs.mkdirSync(files.hlsDir);
    this.writeCaption(this.room.meeting.state());
    this.room.on('meetingChanged', this.onMeeting);

    const [placeholder, [videoPort, ...audioPorts]] = await Promise.all([placeholderKeyframe(), freeRtpPorts(1 + AUDIO_SLOTS)]);
    fs.writeFileSync(
      files.sdp,
      liveSdp({
        video: { port: videoPort!, payloadType: VP8_PAYLOAD_TYPE },
        audio: audioPorts.map((port) => ({ port, payloadType: OPUS_PAYLOAD_TYPE })),
      }),
    );
    this.relay = await RtpRelay.open({
      ports: { video: videoPort!, audio: audioPorts },
      placeholder: placeholder,
      requestKeyFrame: (ssrc) => this.capture?.requestKeyFrame(ssrc),
      onSwitched: () => this.capture?.syncPaused(),
    });
    if (this.stopping) return;
    const ffmpeg = new FfmpegProcess(ffmpegArgs(ENCODER_SETTINGS[this.options.mode], files, AUDIO_SLOTS, this.options.rtmpUrl));
    this.ffmpeg = ffmpeg;
    void ffmpeg.exited.then((exit) => {
      if (this.stopping) return;
      this.logger.error({ code: exit.code, signal: exit.signal, stderr: exit.stderr }, 'live ffmpeg died; stream stopped');
      void this.stop('failed');
    });
    // Once ffmpeg listens, the fillers give it a keyframe and sound at once: it never probes an
    // empty input, and the first keyframe is not sent before anyone reads it.
    await waitForUdpListeners([videoPort!, ...audioPorts], LISTEN_TIMEOUT_MS);
    if (this.stopping) return;
    this.relay.start();
    this.capture = await openLiveCapture(this.room, this.relay, this.logger);
    // A pin may come before the capture opens: the state holds it.
    this.capture.pin(this.current.pinnedPeerId);
    this.capture.on('lost', () => {
      this.logger.error('live capture lost its transport (worker died); stream stopped');
      void this.stop('failed');
    });
    if (this.stopping) this.capture.close();
  }

  private async shutDown(reason: LiveStopReason): Promise<void> {
    this.room.off('meetingChanged', this.onMeeting);
    // ffmpeg first: with its input gone it would wait out a UDP timeout before quitting.
    const exit = await this.ffmpeg?.stop();
    this.capture?.close();
    this.relay?.close();
    if (this.dir) fs.rmSync(this.dir, { recursive: true, force: true });
    this.set({ status: 'off', mode: null, since: null, rtmp: false, stopReason: reason, pinnedPeerId: null });
    this.logger.info({ reason, ffmpegExit: exit?.code ?? exit?.signal }, 'live stream stopped');
  }

  /** The caption: the room and the current agenda item. Renamed into place: ffmpeg rereads it every frame. */
  private writeCaption(state: MeetingState): void {
    if (!this.dir || this.stopping) return;
    const item = state.agenda.find((entry) => entry.id === state.currentItemId);
    const text = item ? `${this.room.name} · ${item.title}` : this.room.name;
    const file = path.join(this.dir, 'caption.txt');
    fs.writeFileSync(`${file}.next`, text);
    fs.renameSync(`${file}.next`, file);
  }

  private set(state: LiveState): void {
    this.current = state;
    this.emit('changed', state);
  }
}
