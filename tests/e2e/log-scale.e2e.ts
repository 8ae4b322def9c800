import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupFormat } from '../../lib/log/backup';
import { parseCsv } from '../../lib/log/csv';
import { type ExtensionBrowser, launchExtension, openExtensionPage, writeLogDb } from './harness';

// The cramp log with 10,000 entries and 20 medicine changes in real Chromium IndexedDB. Prints the
// figures (no timing assertions: speed is reported, correctness is checked).
const count = 10_000;
const medicineCount = 10; // each started and stopped: 20 changes

/** What shows that a step is done: at least `minCount` elements match, one containing `text`. */
interface Done {
  selector: string;
  minCount?: number;
  text?: string;
}

/**
 * Clicks `target` inside the page and resolves with the time from the click to the frame after the
 * DOM first shows `done` (a MutationObserver sees it; the next animation frame paints it). Measured
 * in the page, so Playwright's own actionability checks and round trips are not in the figure.
 */
function clickUntil(target: Locator, done: Done): Promise<number> {
  return target.evaluate(
    (element, until) =>
      new Promise<number>((resolve) => {
        const met = () => {
          const all = [...document.querySelectorAll(until.selector)];
          if (all.length < (until.minCount ?? 1)) return false;
          return until.text === undefined || all.some((el) => el.textContent?.includes(until.text ?? ''));
        };
        const start = performance.now();
        let finished = false;
        const finish = () => {
          if (finished || !met()) return;
          finished = true;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - start));
        };
        const observer = new MutationObserver(finish);
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        (element as HTMLElement).click();
        finish();
      }),
    done,
  );
}
const day = 86_400_000;
const places = ['calf', 'foot_sole', 'hamstrings', 'quadriceps', 'hand_intrinsics', 'jaw'];

describe('cramp log with 10,000 entries in Chromium', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  const figures: string[] = [];
  const figure = (label: string, ms: number) =>
    figures.push(`${label.padEnd(64)} ${ms.toFixed(0).padStart(6)} ms`);
  const measure = async <T>(label: string, fn: () => Promise<T>) => {
    const start = performance.now();
    const result = await fn();
    figure(label, performance.now() - start);
    return result;
  };
  const timed = async (label: string, target: Locator, done: Done) =>
    figure(label, await clickUntil(target, done));

  beforeAll(async () => {
    browser = await launchExtension();
    page = await openExtensionPage(browser);
  });
  afterAll(async () => {
    console.log(
      `\nCramp log, ${count} entries and ${medicineCount * 2} medicine changes, Chromium (in the page: ` +
        `click to the frame showing the result; import and export: wall time seen by the test):\n` +
        `${figures.join('\n')}\n`,
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

    // 20 medicine changes in the last 90 days: ten medicines, each started and stopped.
    await writeLogDb(
      page,
      async (db, n) => {
        const tx = db.transaction('medicines', 'readwrite');
        const pad = (v: number) => String(v).padStart(2, '0');
        const dayKey = (daysAgo: number) => {
          const d = new Date();
          d.setDate(d.getDate() - daysAgo);
          return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
        };
        for (let i = 0; i < n; i++)
          tx.objectStore('medicines').put({
            id: `scale-med-${i}`,
            name: `Medicine ${i + 1}`,
            purpose: i % 3 ? 'cramps' : 'other',
            startedOn: dayKey(85 - i * 8),
            stoppedOn: dayKey(80 - i * 8),
            createdAt: Date.now(),
            updatedAt: Date.now(),
          });
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
      },
      medicineCount,
    );

    await page.reload();
    await page.locator('main').waitFor();
    // Let the panel preload its views while idle, as it does before anyone clicks.
    await page.waitForTimeout(1000);
    await timed(
      'open the log view (first page on screen)',
      page.getByRole('button', { name: 'Log a cramp', exact: true }),
      { selector: '.log-item' },
    );
    await expect.poll(() => page.locator('.log-item').count()).toBe(20);
    // The view reads the rest of its 90 days just after the list shows: give it the moment a person
    // takes to read the list, so "show more" is measured on its own.
    await page.waitForTimeout(1500);
    await expect(page.locator('.log-hint', { hasText: 'Showing' }).textContent()).resolves.toContain(
      `Showing 20 of ${count}`,
    );
    await timed('show more (next 20)', page.getByRole('button', { name: 'Show more' }), {
      selector: '.log-item',
      minCount: 40,
    });
    await timed('show more again (next 20)', page.getByRole('button', { name: 'Show more' }), {
      selector: '.log-item',
      minCount: 60,
    });
    await expect(page.locator('.log-hint', { hasText: 'Showing' }).textContent()).resolves.toContain(
      `Showing 60 of ${count}`,
    );
    // The list stays in time order across pages, with no entry twice.
    const ats = await page
      .locator('.log-item time')
      .evaluateAll((els) => els.map((el) => el.getAttribute('datetime')));
    expect(new Set(ats).size).toBe(60);
    expect([...ats].sort().reverse()).toEqual(ats);
    await timed(
      'trends, 30 days (chart, heat map, time of day, before/after)',
      page.getByRole('button', { name: 'Trends', exact: true }),
      { selector: '.log-before-after' },
    );
    await timed('trends, 90 days', page.getByRole('button', { name: '90 days' }), {
      selector: '.log-total',
      text: 'in the last 90 days',
    });
    await expect(
      page.locator('.heat-map-region[data-group="calf"]').first().getAttribute('class'),
    ).resolves.toMatch(/heat-level-[1-4]/);
    await expect.poll(() => page.locator('.trend-chart-marker').count()).toBe(medicineCount * 2);
    await page.evaluate(() => {
      window.print = () => {};
    });
    await page.getByRole('button', { name: 'Your data', exact: true }).click();
    await timed('clinic summary', page.getByRole('button', { name: 'Print clinic summary' }), {
      selector: '.clinic-summary .clinic-notes, .clinic-summary #clinic-notes',
    });
    await expect(page.locator('.clinic-summary').textContent()).resolves.toContain('Medicine 10');
    await page.getByRole('button', { name: 'Back to the log' }).click();
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
