import type { ChildProcess } from 'node:child_process';

/**
 * Every process the benchmark starts, so that one call stops them all whatever happened:
 * SIGTERM first (the server closes its workers, ffmpeg flushes), SIGKILL for what lingers.
 * Only processes we started, by their pid: nothing is stopped by name.
 */
export class ChildProcesses {
  private readonly children = new Map<ChildProcess, string>();

  track<C extends ChildProcess>(child: C, label: string): C {
    this.children.set(child, label);
    child.once('exit', () => this.children.delete(child));
    return child;
  }

  /** Stops one child: SIGTERM, then SIGKILL after `graceMs`. Resolves once it exited. */
  async stop(child: ChildProcess, graceMs = 3_000): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const killer = setTimeout(() => {
      console.warn(`  ${this.children.get(child) ?? 'child'} (pid ${child.pid}) ignored SIGTERM: SIGKILL`);
      child.kill('SIGKILL');
    }, graceMs);
    await exited;
    clearTimeout(killer);
  }

  async stopAll(graceMs = 3_000): Promise<void> {
    await Promise.all([...this.children.keys()].map((child) => this.stop(child, graceMs)));
  }

  /** Last resort from a synchronous `exit` handler: no waiting, SIGKILL everything left. */
  killAllNow(): void {
    for (const child of this.children.keys()) child.kill('SIGKILL');
  }
}
