// Child processes for the test wiki scripts. Asynchronous on purpose: the wiki is started from a
// test runner's beforeAll, whose timers and RPC must keep running during a minute-long apt-get.
import { spawn } from 'node:child_process';

export function log(message) {
  process.stderr.write(`[mediawiki] ${message}\n`);
}

/**
 * Runs a command to completion and resolves to { status, stdout, stderr }. Output is captured,
 * not shown, so a failing step can put it in its error message.
 */
export function capture(command, args, { env = process.env, timeoutMs = 120_000 } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) => resolve({ status: null, stdout, stderr: `${stderr}${error.message}`, error }));
    child.on('close', (status, signal) => resolve({ status: status ?? null, signal, stdout, stderr }));
  });
}

/** Like capture, but throws with the command's output when it does not exit with 0. */
export async function run(command, args, options = {}) {
  const result = await capture(command, args, options);
  if (result.status !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-20).join('\n');
    throw new Error(`${command} ${args.slice(0, 2).join(' ')} failed (${result.status ?? result.signal}):\n${output}`);
  }
  return result;
}
