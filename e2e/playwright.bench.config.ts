import { defineConfig } from '@playwright/test';
import base from './playwright.config.js';

/** `npm run bench`: the same real server and Chromium as the tests, running the benchmarks. */
export default defineConfig({
  ...base,
  testDir: './bench',
  testMatch: '**/*.bench.ts',
  timeout: 600_000,
});
