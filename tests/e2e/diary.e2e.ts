import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupVersion } from '../../lib/log/backup';
import {
  type ExtensionBrowser,
  launchExtension,
  openExtensionPage,
  saveScreenshot,
  seriousAxeViolations,
  writeLogDb,
} from './harness';

/**
 * The cramp diary a clinic can act on (issue 16): the medicine list, its markers on the trend chart,
 * in every theme and in Spanish.
 */

const patient = { timeout: 10_000 };

/**
 * Cramps at fixed local hours: 2 a day (09:00, 15:00, severity 6) from 28 to 15 days ago, then 1 a day
 * (09:00, severity 4) from 13 to 1 day ago; none 14 days ago, the day the medicine will start.
 */
const seedCramps = (page: Page) =>
  writeLogDb(
    page,
    async (db) => {
      const tx = db.transaction('entries', 'readwrite');
      let n = 0;
      const add = (daysAgo: number, hour: number, severity: number) => {
        const date = new Date();
        date.setDate(date.getDate() - daysAgo);
        date.setHours(hour, 0, 0, 0);
        const at = date.getTime();
        n++;
        tx.objectStore('entries').put({
          id: `seed-${n}`,
          at,
          createdAt: at,
          updatedAt: at,
          place: n % 3 ? 'calf' : 'foot_sole',
          tried: ['stretching'],
          helped: 'better',
          severity,
          source: 'manual',
        });
      };
      for (let d = 28; d >= 15; d--) {
        add(d, 9, 6);
        add(d, 15, 6);
      }
      for (let d = 13; d >= 1; d--) add(d, 9, 4);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      return n;
    },
    null,
  );

/** "YYYY-MM-DD" of the page's local day `daysAgo` days back. */
const pageDay = (page: Page, daysAgo: number) =>
  page.evaluate((back) => {
    const d = new Date();
    d.setDate(d.getDate() - back);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, daysAgo);

/** True when the element is on screen and on top at its centre (nothing covers it). */
const onTop = (page: Page, selector: string) =>
  page.evaluate((css) => {
    const el = document.querySelector(css);
    if (!el) return false;
    el.scrollIntoView({ block: 'center' });
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && (hit === el || el.contains(hit));
  }, selector);

async function openLog(page: Page) {
  await page.reload();
  await page.locator('.method-strip, main').first().waitFor();
  await page.keyboard.press('l');
  await page.locator('.log-parts').waitFor();
}

describe('cramp diary in Chromium', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchExtension();
    page = await openExtensionPage(browser);
    await page.setViewportSize({ width: 360, height: 720 });
    await page.locator('main').waitFor();
    await seedCramps(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('adds a medicine started in the past; the trend chart marks its start', async () => {
    await openLog(page);
    await page.getByRole('button', { name: 'Medicines', exact: true }).click();
    await page.getByRole('button', { name: 'Add a medicine' }).click();
    await page.getByLabel('Name (as on the box or prescription)').fill('Medicine A');
    await page.getByLabel('Started on').fill(await pageDay(page, 14));
    await page.getByLabel('Dose, as your clinician gave it (optional)').fill('as my neurologist wrote it');
    await page.getByRole('button', { name: 'Save medicine' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent(), patient)
      .toContain('Medicine saved: Medicine A.');
    await expect.poll(() => onTop(page, '.log-medicines .log-item-title'), patient).toBe(true);

    await page.getByRole('button', { name: 'Trends', exact: true }).click();
    await page.getByRole('button', { name: '30 days' }).click();
    await expect.poll(() => page.locator('.trend-chart-marker').count(), patient).toBe(1);
    await expect.poll(() => onTop(page, '.trend-chart-markers li'), patient).toBe(true);
    await expect(page.locator('.trend-chart-markers li').textContent()).resolves.toContain(
      'started Medicine A',
    );
    // The marker line is drawn inside the chart, not clipped away.
    const box = await page.locator('line.trend-chart-marker').boundingBox();
    const chart = await page.locator('.trend-chart-svg').boundingBox();
    expect(box && chart && box.x >= chart.x && box.x <= chart.x + chart.width).toBe(true);
    await saveScreenshot(page, 'diary-trends-marker');

    // Before: 14 days, 28 cramps at 6. After: the start day to yesterday, 14 days, 13 cramps at 4.
    const table = page.locator('.log-before-after table').first();
    await expect(table.locator('caption').textContent()).resolves.toContain('started Medicine A');
    await expect(table.textContent()).resolves.toContain('14 days before');
    await expect(table.textContent()).resolves.toContain('14 days from the change');
    await expect(table.locator('tbody tr').first().textContent()).resolves.toBe(
      'Cramps per day2.0 (28 cramps)0.9 (13 cramps)',
    );
    await expect(table.locator('tbody tr').nth(1).textContent()).resolves.toBe(
      'Average severity (0–10)6.0 (28 rated)4.0 (13 rated)',
    );
    await expect.poll(() => onTop(page, '.log-before-after table caption'), patient).toBe(true);
    await expect(page.locator('.log-before-after').textContent()).resolves.toContain('not proof');

    // Patterns over the 30 days: 28 calf-or-sole cramps at 09:00 and 14 at 15:00, minus day 14's none.
    await expect(page.locator('.log-time-most').textContent()).resolves.toBe(
      'Mostly: Morning (6–12 h) (27 of 41).',
    );
    const calf = page.locator('.heat-map-region[data-group="calf"]').first();
    await expect(calf.getAttribute('class')).resolves.toContain('heat-level-4');
    await expect(
      page.locator('.heat-map-region[data-group="foot_sole"]').first().getAttribute('class'),
    ).resolves.toContain('heat-level-2');
    await expect.poll(() => onTop(page, '.heat-map-region[data-group="calf"]'), patient).toBe(true);
    await saveScreenshot(page, 'diary-patterns');
  });

  it.each(['light', 'dark', 'high-contrast'] as const)(
    'passes axe on the medicines and the marked trends (%s)',
    async (scheme) => {
      await page.emulateMedia({ colorScheme: scheme === 'light' ? 'light' : 'dark' });
      await openLog(page);
      if (scheme === 'high-contrast')
        await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'high-contrast'));
      await page.getByRole('button', { name: 'Medicines', exact: true }).click();
      await page.getByRole('button', { name: 'Add a medicine' }).click();
      expect(await seriousAxeViolations(page), `medicines (${scheme})`).toEqual([]);
      await saveScreenshot(page, `diary-medicines-${scheme}`);
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('button', { name: 'Trends', exact: true }).click();
      expect(await seriousAxeViolations(page), `trends (${scheme})`).toEqual([]);
    },
  );

  it('is complete in Spanish: no message key shows through', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.evaluate(() =>
      chrome.storage.sync.set({
        appearance: { theme: 'system', textSize: 100, language: 'es' },
        appearance$: { v: 2 },
      }),
    );
    await openLog(page);
    await expect.poll(() => page.locator('html').getAttribute('lang'), patient).toBe('es');
    const keysShown = () =>
      page.evaluate(() => (document.querySelector('main')?.textContent ?? '').match(/\blog[A-Z]\w+/g) ?? []);
    await page.getByRole('button', { name: 'Medicamentos', exact: true }).click();
    await expect(page.locator('.log-medicines').textContent()).resolves.toContain('Sus medicamentos');
    await page
      .locator('.log-medicines .log-item')
      .getByRole('button', { name: /^Editar/ })
      .click();
    await expect(page.locator('.log-medicine-form').textContent()).resolves.toContain('Empezó el');
    await expect(keysShown()).resolves.toEqual([]);
    await page.getByRole('button', { name: 'Tendencias', exact: true }).click();
    await expect(page.locator('.trend-chart-markers').textContent()).resolves.toContain('empezó Medicine A');
    await expect(page.locator('.log-before-after caption').first().textContent()).resolves.toContain(
      'empezó Medicine A',
    );
    await expect(page.locator('.log-before-after').textContent()).resolves.toContain('2,0 (28 calambres)');
    await expect(keysShown()).resolves.toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.evaluate(() => chrome.storage.sync.remove(['appearance', 'appearance$']));
  });
  it('backs the medicines up with the log, deletes them with everything, and imports them back', async () => {
    await openLog(page);
    await page.getByRole('button', { name: 'Your data', exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save a backup (JSON)' }).click(),
    ]);
    const path = join(browser.userDataDir, 'diary-backup.json');
    await download.saveAs(path);
    const backup = JSON.parse(await readFile(path, 'utf8')) as {
      version: number;
      medicines: { name: string; doseNote?: string }[];
      entries: unknown[];
    };
    expect(backup.version).toBe(backupVersion);
    expect(backup.medicines).toMatchObject([{ name: 'Medicine A', doseNote: 'as my neurologist wrote it' }]);
    expect(backup.entries).toHaveLength(41);

    await page.getByRole('button', { name: 'Delete all my data…' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await page.getByRole('button', { name: 'Medicines', exact: true }).click();
    await expect.poll(() => page.locator('.log-medicines').textContent(), patient).toContain('No medicines');

    await page.getByRole('button', { name: 'Your data', exact: true }).click();
    await page.locator('input[type="file"]').setInputFiles(path);
    await expect
      .poll(() => page.getByRole('status').textContent(), patient)
      .toContain('Medicines: 1 new, 0 updated, 0 already on the list.');
    await page.getByRole('button', { name: 'Medicines', exact: true }).click();
    await expect
      .poll(() => page.locator('.log-medicines .log-item-title').textContent(), patient)
      .toBe('Medicine A');
  });
});
