import fs from 'node:fs';
import { PROTOCOL_VERSION, type LiveMode, type LiveState } from '@palabre/shared';
import { connectSignalling, request, type BotSocket } from '../bot/signalling.js';
import { descendants } from '../measure/proc-cpu.js';

/**
 * The facilitator of a benchmark room that is also streamed live (--live): it joins first, so it
 * holds the role, without media (it is not counted among the participants), and starts the
 * stream once the call is up, so the compositor's CPU is measured next to the call's.
 */
export class LiveDirector {
  private constructor(private readonly socket: BotSocket) {}

  static async join(url: string, room: string): Promise<LiveDirector> {
    const socket = await connectSignalling(url);
    const joined = await request(socket, 'room:join', { protocolVersion: PROTOCOL_VERSION, room, name: 'Régie' });
    if (joined.role !== 'facilitator') throw new Error(`--live: the room ${room} already has a facilitator`);
    return new LiveDirector(socket);
  }

  /** Goes live (HLS only, no RTMP) and resolves once the first playlist is written. */
  async start(mode: LiveMode, timeoutMs = 30_000): Promise<void> {
    const live = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`--live: not live after ${timeoutMs} ms`)), timeoutMs);
      const listener = (state: LiveState) => {
        if (state.status === 'off' && state.stopReason) reject(new Error(`--live: the stream stopped (${state.stopReason})`));
        if (state.status !== 'live') return;
        clearTimeout(timer);
        this.socket.off('live:changed', listener);
        resolve();
      };
      this.socket.on('live:changed', listener);
    });
    await request(this.socket, 'live:start', { mode, rtmpUrl: null });
    await live;
  }

  close(): void {
    this.socket.disconnect();
  }
}

/** The compositor: the ffmpeg the server started (its only ffmpeg child). */
export function liveFfmpegPid(serverPid: number): number | undefined {
  return descendants(serverPid).find((pid) => {
    try {
      return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0]?.endsWith('ffmpeg');
    } catch {
      return false;
    }
  });
}
