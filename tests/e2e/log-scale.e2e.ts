import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupFormat } from '../../lib/log/backup';
import { parseCsv } from '../../lib/log/csv';
import { type ExtensionBrowser, launchExtension, openExtensionPage } from './harness';

// The cramp log with 10,000 entries in real Chromium IndexedDB. Prints the figures (no timing
// assertions: speed is reported, correctness is checked).
const count = 10_000;
const day = 86_400_000;
const places = ['calf', 'foot_sole', 'hamstrings', 'quadriceps', 'hand_intrinsics', 'jaw'];

describe('cramp log with 10,000 entries in Chromium', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  const figures: string[] = [];
  const measure = async <T>(label: string, fn: () => Promise<T>) => {
    const start = performance.now();
    const result = await fn();
    figures.push(`${label.padEnd(52)} ${(performance.now() - start).toFixed(0).padStart(6)} ms`);
    return result;
  };

  beforeAll(async () => {
    browser = await launchExtension();
    page = await openExtensionPage(browser);
  });
  afterAll(async () => {
    console.log(
      `\nCramp log, ${count} entries, Chromium (wall time seen by the test):\n${figures.join('\n')}\n`,
    );
    await browser?.close();
  });

  it('imports, opens, pages and exports 10,000 entries', async () => {
    const now = Date.now();
    const entries = Array.from({ length: count }, (_, i) => {
      const at = now - Math.floor((i / count) * 365 * day) - 60_000;
      return {
        id: `scale-${i}`,
        at,
        createdAt: at,
        updatedAt: at,
        place: places[i % places.length],
        severity: i % 11,
        tried: ['compression'],
        helped: 'better',
        note: i % 7 ? undefined : `note ${i}, with "quotes"`,
        source: 'manual',
      };
    });
    const file = join(browser.userDataDir, 'big.json');
    await writeFile(file, JSON.stringify({ format: backupFormat, version: 1, exportedAt: '', entries }));

    await page.getByRole('button', { name: 'Log a cramp', exact: true }).click();
    await page.getByRole('button', { name: 'Your data', exact: true }).click();
    await measure('import the 10,000-entry backup (validate + merge)', async () => {
      await page.locator('input[type="file"]').setInputFiles(file);
      await page.getByRole('status').getByText(`Imported: ${count} new`).waitFor({ timeout: 60_000 });
    });

    await page.reload();
    await measure('open the log view (first page, 90-day trends, nudge)', async () => {
      await page.getByRole('button', { name: 'Log a cramp', exact: true }).click();
      await page.locator('.log-item').first().waitFor();
    });
    await expect(page.locator('.log-item').count()).resolves.toBe(20);
    await expect(page.locator('.log-hint', { hasText: 'Showing' }).textContent()).resolves.toContain(
      `Showing 20 of ${count}`,
    );
    await measure('show more (next 20)', async () => {
      await page.getByRole('button', { name: 'Show more' }).click();
      // Wait as long as a loaded machine needs (a poll's 1 s default is not a budget: this prints the
      // time), then check the page added exactly 20.
      await page.locator('.log-item').nth(39).waitFor({ timeout: 30_000 });
    });
    await expect(page.locator('.log-item').count()).resolves.toBe(40);
    await measure('switch to trends, 90 days', async () => {
      await page.getByRole('button', { name: 'Trends', exact: true }).click();
      await page.getByRole('button', { name: '90 days' }).click();
      await page.locator('.log-total', { hasText: 'in the last 90 days' }).waitFor();
    });
    await page.getByRole('button', { name: 'Your data', exact: true }).click();
    const download = await measure('export CSV of 10,000 entries (until the download starts)', async () => {
      const [d] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export for a spreadsheet (CSV)' }).click(),
      ]);
      return d;
    });
    const rows = parseCsv((await readFile(await download.path())).toString('utf8'));
    expect(rows).toHaveLength(count + 1);
  });
});
