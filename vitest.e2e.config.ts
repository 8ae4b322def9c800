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
    // expect.poll's 1 s default is shorter than a storage write and a re-render can take on a busy
    // 2-core machine. Polls that must end inside a short-lived state (a timer phase) set their own.
    expect: { poll: { timeout: 5000 } },
  },
});
