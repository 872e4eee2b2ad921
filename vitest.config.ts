import { defineConfig } from 'vitest/config';

/** Unit and integration tests of every workspace; end-to-end tests are Playwright's (e2e/). */
export default defineConfig({
  test: {
    include: ['{shared,server,client}/src/**/*.test.{ts,tsx}', 'e2e/load/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Integration tests start mediasoup workers: keep them from competing for the 2 cores.
    fileParallelism: false,
  },
});
