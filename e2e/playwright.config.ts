import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './support/chromium.js';

const port = Number(process.env.E2E_PORT ?? 3157);
export const baseURL = `http://127.0.0.1:${port}`;

/**
 * Real Chromium (Debian's) against the real server and a real mediasoup worker. One test at a
 * time: three Chromium pages with fake cameras already fill the machine's two cores.
 */
export default defineConfig({
  testDir: './tests',
  fullyParallel: false,
  workers: 1,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  retries: 0,
  reporter: [['list']],
  outputDir: path.join(os.tmpdir(), `palabre-e2e-results-${port}`),
  use: {
    baseURL,
    locale: 'en-US',
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'node ../server/dist/main.js',
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: path.join(os.tmpdir(), `palabre-e2e-data-${port}`),
      RTC_PORT: '0',
      RTC_LISTEN_IP: '127.0.0.1',
      // Two workers and two peers per router: a three-person call spans both workers, so media
      // really crosses pipe transports.
      MEDIASOUP_WORKERS: '2',
      PEERS_PER_ROUTER: '2',
      PEER_GRACE_SECONDS: '20',
      // The publishing spec's webhook receiver listens on loopback. Reports keep the default
      // review delay (600 s): that spec publishes with "Publish now", other specs publish nothing.
      PUBLISH_ALLOW_PRIVATE_HOSTS: 'true',
      // The pages run in English (locale en-US): so do the reports (French is the default).
      REPORT_LANGUAGE: 'en',
      LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
    },
  },
});
