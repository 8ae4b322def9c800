import './tests/support/node20.ts';
import { defineConfig } from 'vitest/config';

/** Real-browser tests: Playwright drives Debian's Chromium with the production build loaded. */
export default defineConfig({
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
