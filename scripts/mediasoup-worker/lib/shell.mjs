// Logging and child processes for the worker scripts. stdout is reserved for
// the final binary path, so everything else (ours and the tools') goes to stderr.
import { spawnSync } from 'node:child_process';

export function log(message) {
  process.stderr.write(`[mediasoup-worker] ${message}\n`);
}

/** Runs a command with its output on our stderr; throws if it fails. */
export function run(command, args, { cwd, env } = {}) {
  log(`$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, {
    cwd,
    env: env ?? process.env,
    stdio: ['ignore', process.stderr, process.stderr],
  });
  if (result.error) throw new Error(`${command}: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(`${command} ${args[0] ?? ''} exited with ${result.status ?? result.signal}`);
  }
}

/** Runs a command quietly and returns { status, stdout, stderr }. */
export function capture(command, args, { env, timeoutMs = 10_000 } = {}) {
  const result = spawnSync(command, args, {
    env: env ?? process.env,
    encoding: 'utf8',
    timeout: timeoutMs,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return {
    status: result.error ? null : result.status,
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? '',
    error: result.error,
  };
}

export function formatDuration(ms) {
  const seconds = Math.round(ms / 1000);
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}
