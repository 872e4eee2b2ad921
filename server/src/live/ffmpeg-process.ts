import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

export interface FfmpegExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The last lines ffmpeg wrote, for the log. */
  stderr: string;
}

const STDERR_LINES = 20;

/**
 * One ffmpeg, in its own process group and at a lower priority than the media workers (the
 * call matters more than its broadcast). Stopping signals the whole group: SIGTERM lets ffmpeg
 * finish its files (HLS writes its end-of-list), SIGKILL follows if it does not exit in time.
 */
export class FfmpegProcess {
  readonly exited: Promise<FfmpegExit>;
  private readonly child: ChildProcess;
  private readonly tail: string[] = [];
  private done = false;

  constructor(args: string[], options: { niceness?: number } = {}) {
    this.child = spawn('nice', ['-n', String(options.niceness ?? 10), 'ffmpeg', ...args], {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    this.child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      this.tail.push(...chunk.split('\n').filter(Boolean));
      this.tail.splice(0, Math.max(0, this.tail.length - STDERR_LINES));
    });
    this.exited = new Promise((resolve) => {
      const finish = (code: number | null, signal: NodeJS.Signals | null) => {
        this.done = true;
        resolve({ code, signal, stderr: this.tail.join('\n') });
      };
      this.child.once('exit', finish);
      this.child.once('error', (error) => {
        this.tail.push(error.message);
        finish(null, null);
      });
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get running(): boolean {
    return !this.done;
  }

  async stop(graceMs = 3_000): Promise<FfmpegExit> {
    if (this.done) return this.exited;
    this.signal('SIGTERM');
    const timer = setTimeout(() => this.signal('SIGKILL'), graceMs);
    const exit = await this.exited;
    clearTimeout(timer);
    // Whatever ffmpeg started (nothing, normally) goes with it.
    this.signal('SIGKILL');
    return exit;
  }

  private signal(signal: NodeJS.Signals): void {
    if (!this.child.pid) return;
    try {
      process.kill(-this.child.pid, signal);
    } catch {
      // The group is already gone.
    }
  }
}

/** Resolves once `predicate` holds, checking every `everyMs`, or rejects after `timeoutMs`. */
export async function waitFor(predicate: () => boolean, timeoutMs: number, everyMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`not ready within ${timeoutMs} ms`);
    await sleep(everyMs);
  }
}
