import { execFile, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const NGINX = '/usr/sbin/nginx';
const RTMP_MODULE = '/usr/lib/nginx/modules/ngx_rtmp_module.so';

export interface RtmpServer {
  port: number;
  /** The ingest (and playback) URL of a stream key. */
  url(key: string): string;
  close(): Promise<void>;
}

/** Debian's nginx with the RTMP module, installed with apt-get only when missing. */
export function ensureNginxRtmp(): void {
  if (fs.existsSync(NGINX) && fs.existsSync(RTMP_MODULE)) return;
  if (process.getuid?.() !== 0) throw new Error('run `sudo apt-get install -y nginx-light libnginx-mod-rtmp`');
  const install = () => spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'nginx-light', 'libnginx-mod-rtmp'], { stdio: 'inherit' });
  if (install().status !== 0) {
    spawnSync('apt-get', ['update'], { stdio: 'inherit' });
    if (install().status !== 0) throw new Error('apt-get could not install nginx-light libnginx-mod-rtmp');
  }
}

/**
 * A real RTMP server for tests: a private nginx on loopback with a generated config in a temp
 * directory (its own pid and logs; no daemon, no master, so the started process is the one to
 * stop), leaving any system nginx alone.
 */
export async function startRtmpServer(): Promise<RtmpServer> {
  ensureNginxRtmp();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'palabre-rtmp-'));
  const port = await freeTcpPort();
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      `load_module ${RTMP_MODULE};`,
      'daemon off;',
      'master_process off;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      'events { worker_connections 64; }',
      `rtmp { server { listen 127.0.0.1:${port}; application live { live on; record off; } } }`,
    ].join('\n'),
  );
  const nginx = spawn(NGINX, ['-p', dir, '-c', `${dir}/nginx.conf`, '-e', `${dir}/error.log`], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => nginx.once('exit', () => resolve()));
  await waitForPort(port, 5_000);
  return {
    port,
    url: (key) => `rtmp://127.0.0.1:${port}/live/${key}`,
    close: async () => {
      nginx.kill('SIGTERM');
      const timer = setTimeout(() => nginx.kill('SIGKILL'), 3_000);
      await exited;
      clearTimeout(timer);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface ProbedStream {
  streams: { codec_type: string; codec_name: string; width?: number; height?: number }[];
  packets: { codec_type: string; pts_time?: string }[];
}

/** Reads a stream (RTMP, HLS...) for a few seconds with ffprobe: its streams and packet times. */
export async function probeStream(url: string, seconds = 3): Promise<ProbedStream> {
  const { stdout } = await promisify(execFile)(
    'ffprobe',
    ['-v', 'error', '-rw_timeout', '15000000', '-read_intervals', `%+${seconds}`,
      '-show_entries', 'stream=codec_type,codec_name,width,height:packet=codec_type,pts_time', '-of', 'json', url],
    { timeout: 30_000, maxBuffer: 16 << 20 },
  );
  const parsed = JSON.parse(stdout) as Partial<ProbedStream>;
  return { streams: parsed.streams ?? [], packets: parsed.packets ?? [] };
}

/** How many seconds of timestamps a probe saw for one kind of stream. */
export function timestampSpan(probe: ProbedStream, kind: 'video' | 'audio'): number {
  const times = probe.packets.filter((packet) => packet.codec_type === kind && packet.pts_time).map((packet) => Number(packet.pts_time));
  return times.length < 2 ? 0 : Math.max(...times) - Math.min(...times);
}

export function freeTcpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`nginx did not listen on ${port} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
