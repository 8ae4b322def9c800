import './tests/support/node20.ts';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'happy-dom',
    setupFiles: ['tests/support/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // Unit tests assert behaviour, never speed (benchmarks measure that): the property tests run
    // hundreds of cases, which on a busy 2-core machine takes far longer than the 5 s default.
    testTimeout: 60_000,
  },
});
