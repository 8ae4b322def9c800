import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * Builds the extension with every protocol duration `scale`× shorter (WXT_TIME_SCALE) into `outDir`,
 * and returns the e2e harness loaded against that build.
 */
export async function scaledHarness(scale: number, outDir: string): Promise<typeof import('./harness')> {
  execFileSync('npx', ['wxt', 'build'], {
    env: { ...process.env, WXT_TIME_SCALE: String(scale), WXT_OUT_DIR: outDir },
    stdio: 'ignore',
  });
  // The harness reads E2E_EXTENSION when it loads; restore it at once so other e2e files that share
  // this worker process keep testing the normal build.
  const previous = process.env.E2E_EXTENSION;
  process.env.E2E_EXTENSION = resolve(outDir, 'chrome-mv3');
  try {
    return await import('./harness');
  } finally {
    if (previous === undefined) delete process.env.E2E_EXTENSION;
    else process.env.E2E_EXTENSION = previous;
  }
}
