import './tests/support/node20.ts';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Real-browser tests: Playwright drives Debian's Chromium with the production build loaded. */
export default defineConfig({
  // lib/ imports with '@/' (as the build does): e2e files that import lib/ need the same alias.
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    // One Chromium at a time: the machine has two cores and the tests measure timing.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
