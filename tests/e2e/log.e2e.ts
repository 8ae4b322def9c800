import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupFormat } from '../../lib/log/backup';
import { parseCsv } from '../../lib/log/csv';
import {
  type ExtensionBrowser,
  launchExtension,
  openExtensionPage,
  readLogRecords,
  saveScreenshot,
  seriousAxeViolations,
  stopServiceWorker,
} from './harness';

const day = 86_400_000;

/** Counts log records straight from the extension's IndexedDB (independent of the UI). */
const countRecords = async (page: Page) => (await readLogRecords(page)).length;

function backupEntry(id: string, daysAgo: number, extra: Record<string, unknown> = {}) {
  const at = Date.now() - daysAgo * day;
  return { id, at, createdAt: at, updatedAt: at, place: 'calf', tried: [], source: 'manual', ...extra };
}

async function showPart(page: Page, name: 'Recent' | 'Trends' | 'Your data') {
  await page.getByRole('button', { name, exact: true }).click();
}

describe('cramp log in Chromium', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchExtension();
    page = await openExtensionPage(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('logs a cramp in two taps from the home view', async () => {
    await page.getByRole('button', { name: 'Log a cramp', exact: true }).click(); // tap 1
    await page.getByRole('button', { name: 'Save cramp' }).first().click(); // tap 2
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Cramp logged: Not sure');
    await expect.poll(() => page.locator('.log-item').count()).toBe(1);
    await expect(countRecords(page)).resolves.toBe(1);
  });

  it('logs the detailed entry by keyboard alone in at most 15 key presses, and shows it', async () => {
    await page.setViewportSize({ width: 360, height: 720 });
    await page.reload();
    await page.getByRole('button', { name: 'Log a cramp', exact: true }).waitFor();
    let presses = 0;
    const press = async (key: string) => {
      presses++;
      await page.keyboard.press(key);
    };
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.replace('✓', '').trim());
    await press('l');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('logSection-title');
    // Each choice group is one Tab stop; arrows move and choose inside it.
    await press('Tab'); // Where: "Not sure" is chosen
    await expect(focused()).resolves.toBe('Not sure');
    await press('ArrowRight'); // wraps to Calf
    await expect(focused()).resolves.toBe('Calf (back of lower leg)');
    await press('Tab'); // another place (list)
    await press('Tab'); // Side
    await press('ArrowRight'); // Right (Left is the first stop, arrow moves on and chooses)
    await press('Tab'); // Severity
    await press('7'); // typed
    await press('Tab'); // What was tried (toggle buttons)
    await press('ArrowRight');
    await expect(focused()).resolves.toBe('Light stretching');
    await press('Space');
    await press('Tab'); // Did it help?
    await press('Space'); // Better, the first stop
    await press('Enter'); // saves, as Enter in a native radio group does
    console.log(`[log form] detailed entry by keyboard: ${presses} key presses`);
    expect(presses).toBeLessThanOrEqual(15);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Calf');
    await expect.poll(() => page.locator('.log-item').count()).toBe(2);
    const newest = page.locator('.log-item').first();
    await expect(newest.textContent()).resolves.toMatch(/Right.*Severity 7 of 10.*Light stretching.*Better/);
    // The new entry is focused and on screen, not under the pinned header.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('log-item')))
      .toBe(true);
    const visible = await newest.evaluate((item) => {
      const box = item.getBoundingClientRect();
      const title = item.querySelector('.log-item-title') as HTMLElement;
      const t = title.getBoundingClientRect();
      const hit = document.elementFromPoint(t.left + 5, t.top + t.height / 2);
      return { hit: !!hit && item.contains(hit), top: box.top, bottom: t.bottom, height: innerHeight };
    });
    expect(visible.hit).toBe(true);
    expect(visible.bottom).toBeLessThanOrEqual(visible.height);
  });

  it('records the optional trigger and daily-life disturbance chosen with big buttons', async () => {
    const form = page.getByRole('form', { name: 'Log a cramp' });
    await form.getByRole('radio', { name: 'At rest or at night' }).click();
    await form
      .getByRole('radiogroup', { name: /disturbed daily life/ })
      .getByRole('radio', { name: '5' })
      .click();
    await form.locator('.log-form-actions').getByRole('button', { name: 'Save cramp' }).click();
    await expect.poll(() => page.locator('.log-item').count()).toBe(3);
    await expect(page.locator('.log-item').first().textContent()).resolves.toMatch(
      /At rest or at night.*Disturbance 5 of 10/,
    );
    const records = await readLogRecords<{ trigger?: string; disturbance?: number }>(page);
    expect(records.filter((r) => r.trigger === 'rest' && r.disturbance === 5)).toHaveLength(1);
    // Back to the two entries the later tests expect.
    await page
      .locator('.log-item')
      .first()
      .getByRole('button', { name: /^Delete/ })
      .click();
    await expect.poll(() => page.locator('.log-item').count()).toBe(2);
  });

  it('keeps Save on screen at 360x720 wherever the form is scrolled, within the pinned budget', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const form = page.getByRole('form', { name: 'Log a cramp' });
    const save = form.locator('.log-form-actions button[type="submit"]');
    for (const fraction of [0, 0.5, 1]) {
      const figures = await form.evaluate((element, f) => {
        const box = element.getBoundingClientRect();
        const top = window.scrollY + box.top;
        window.scrollTo(0, top + (box.height - innerHeight) * f);
        const bar = element.querySelector('.log-form-actions') as HTMLElement;
        const button = bar.querySelector('button[type="submit"]') as HTMLElement;
        const b = button.getBoundingClientRect();
        const hit = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
        const header = document.querySelector('.app-header')?.getBoundingClientRect().height ?? 0;
        return {
          hit: hit === button || button.contains(hit),
          bar: bar.getBoundingClientRect().height,
          header,
          buttonHeight: b.height,
        };
      }, fraction);
      expect(figures.hit).toBe(true);
      expect(figures.buttonHeight).toBeGreaterThanOrEqual(44);
      if (fraction === 0.5) {
        const share = ((figures.bar + figures.header) / 720) * 100;
        console.log(
          `[log form] pinned at 360x720: header ${figures.header.toFixed(0)} px + Save bar ${figures.bar.toFixed(0)} px = ${share.toFixed(1)} %`,
        );
        expect(figures.bar / 720).toBeLessThanOrEqual(0.075);
        // Issue 13: everything pinned (the header and the Save bar) within a quarter of the panel.
        expect(share).toBeLessThanOrEqual(25);
      }
    }
    await expect(save.textContent()).resolves.toBe('Save cramp');
  });

  it('shows logged cramps in the chart and its table', async () => {
    await showPart(page, 'Trends');
    await page.getByRole('button', { name: '7 days' }).click();
    await expect(page.locator('.log-total').textContent()).resolves.toContain('2 cramps in the last 7 days');
    const bars = page.locator('.trend-chart-bar');
    await expect(bars.count()).resolves.toBe(1);
    await expect(bars.first().getAttribute('data-count')).resolves.toBe('2');
    await expect(page.locator('.trend-chart svg[role="img"]').getAttribute('aria-label')).resolves.toContain(
      '2 in total',
    );
    await page.getByRole('button', { name: 'Show as a table' }).click();
    const lastRow = page.locator('.trend-chart table tbody tr').last();
    await expect(lastRow.locator('td').textContent()).resolves.toBe('2');
    await expect(page.locator('.log-helped').textContent()).resolves.toContain('Light stretching');
  });

  it('edits an entry and deletes one with undo', async () => {
    await showPart(page, 'Recent');
    await page.locator('.log-item').last().getByRole('button', { name: /^Edit/ }).click();
    await page.getByRole('form', { name: 'Edit this entry' }).getByRole('radio', { name: 'Right' }).click();
    await page.getByRole('button', { name: 'Save changes' }).first().click();
    await expect.poll(() => page.locator('.log-item').last().textContent()).toContain('Right');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain('Edit');

    await page
      .locator('.log-item')
      .first()
      .getByRole('button', { name: /^Delete/ })
      .click();
    await expect.poll(() => page.locator('.log-item').count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Undone');
    // The Undo button is gone: focus lands on the message, not on the page's start.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Undone.');
    await expect.poll(() => page.locator('.log-item').count()).toBe(2);
    await expect(countRecords(page)).resolves.toBe(2);
  });

  it('exports a CSV that arrives and parses', async () => {
    await showPart(page, 'Your data');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export for a spreadsheet (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^spasm-relief-cramp-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = (await readFile(await download.path())).toString('utf8').replace(/^\uFEFF/, '');
    const rows = parseCsv(text);
    expect(rows[0]?.slice(0, 5)).toEqual(['id', 'when_local', 'when_utc', 'place_id', 'place']);
    expect(rows).toHaveLength(3);
    expect(rows.map((row) => row[3])).toEqual(expect.arrayContaining(['calf', 'unsure']));
  });

  it('imports a backup, merges duplicates, and refuses a malformed file without changes', async () => {
    const dir = browser.userDataDir;
    const entries = [
      backupEntry('imported-1', 1, { place: 'jaw', severity: 4 }),
      backupEntry('imported-2', 2),
      backupEntry('imported-2', 2),
    ];
    const good = join(dir, 'backup.json');
    await writeFile(good, JSON.stringify({ format: backupFormat, version: 1, exportedAt: '', entries }));
    const input = page.locator('input[type="file"]');
    await input.setInputFiles(good);
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('Imported: 2 new, 0 updated, 0 already in the log');
    await expect(countRecords(page)).resolves.toBe(4);
    await input.setInputFiles(good);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('0 new, 0 updated, 2 already');

    const bad = join(dir, 'bad.json');
    await writeFile(
      bad,
      JSON.stringify({ format: backupFormat, version: 1, entries: [backupEntry('x', 1, { severity: 99 })] }),
    );
    await input.setInputFiles(bad);
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('Entry 1 in the file is damaged');
    const foreign = join(dir, 'foreign.json');
    await writeFile(foreign, '{"bookmarks": []}');
    await input.setInputFiles(foreign);
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('not a Spasm Relief cramp log backup');
    await expect(countRecords(page)).resolves.toBe(4);
  });

  it('records a finished contrast session from the worker while the log view is closed', async () => {
    const other = await openExtensionPage(browser);
    // Home view: the log view is not mounted here, so only the worker can record the session.
    await other.evaluate(async () => {
      const now = Date.now();
      await chrome.storage.local.set({
        contrastHistory: [
          {
            id: 'e2e-session',
            startedAt: now - 3_600_000,
            endedAt: now,
            phasesCompleted: 7,
            totalPhases: 7,
            outcome: 'finished',
          },
        ],
      });
    });
    await expect.poll(() => countRecords(other), { timeout: 10_000 }).toBe(5);
    await other.close();
    await page.reload();
    await page.getByRole('button', { name: 'Log a cramp', exact: true }).click();
    await expect(page.locator('.log-item', { hasText: 'Contrast session' }).textContent()).resolves.toContain(
      'finished, 7 of 7 phases done',
    );
  });

  it('shows the clinic nudge when the last week clearly exceeds the usual, and prints a summary', async () => {
    const file = join(browser.userDataDir, 'busy.json');
    const entries = Array.from({ length: 6 }, (_, i) =>
      backupEntry(`busy-${i}`, i * 0.5, { tried: ['compression'], helped: 'better' }),
    );
    await writeFile(file, JSON.stringify({ format: backupFormat, version: 1, exportedAt: '', entries }));
    await showPart(page, 'Your data');
    await page.locator('input[type="file"]').setInputFiles(file);
    const nudge = page.getByRole('complementary', { name: 'More cramps than usual' });
    await expect.poll(() => nudge.count()).toBe(1);
    await expect(nudge.textContent()).resolves.toContain('Consider telling your ALS clinic');

    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await nudge.getByRole('button', { name: 'Print clinic summary' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    const summary = page.locator('.clinic-summary');
    await expect(summary.textContent()).resolves.toContain('Cramps logged: 10');
    await expect(summary.locator('.clinic-columns').textContent()).resolves.toContain('Compression: better');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header').isVisible()).resolves.toBe(false);
    // Days with cramps only: no printed table of every day.
    await expect(summary.locator('table.print-always').count()).resolves.toBe(0);
    await expect(summary.locator('.clinic-days').isVisible()).resolves.toBe(true);
    await saveScreenshot(page, 'log-clinic-summary-print');
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Back to the log' }).click();
  });

  it.each(['light', 'dark', 'high-contrast'] as const)(
    'passes axe on every part of the log view (%s)',
    async (scheme) => {
      await page.emulateMedia({ colorScheme: scheme === 'light' ? 'light' : 'dark' });
      await page.reload();
      await page.getByRole('button', { name: 'Log a cramp', exact: true }).click();
      // The theme attribute Settings sets (lib/settings/apply.ts); set directly to test the log's CSS.
      if (scheme === 'high-contrast')
        await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'high-contrast'));
      await page.getByRole('radio', { name: 'Calf (back of lower leg)' }).click();
      await saveScreenshot(page, `log-form-${scheme}`);
      for (const part of ['Recent', 'Trends', 'Your data'] as const) {
        await showPart(page, part);
        if (part === 'Trends') await page.getByRole('button', { name: 'Show as a table' }).click();
        expect(await seriousAxeViolations(page), `${part} (${scheme})`).toEqual([]);
        await saveScreenshot(page, `log-${part.replace(' ', '-').toLowerCase()}-${scheme}`);
      }
    },
  );

  it('reflows at 200% zoom in a 360 px panel: no sideways scrolling, targets stay large', async () => {
    await page.setViewportSize({ width: 180, height: 720 }); // 360 CSS px at 200% zoom
    for (const part of ['Recent', 'Trends', 'Your data'] as const) {
      await showPart(page, part);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, part).toBeLessThanOrEqual(0);
      const small = await page.evaluate(
        () =>
          [
            ...document.querySelectorAll<HTMLElement>(
              'main button, main select, main input:not([type="file"])',
            ),
          ]
            .filter((el) => el.offsetParent !== null)
            .map((el) => el.getBoundingClientRect())
            .filter((r) => r.width < 44 || r.height < 44).length,
      );
      expect(small, part).toBe(0);
    }
    await saveScreenshot(page, 'log-zoom-200');
    await page.setViewportSize({ width: 360, height: 720 });
  });

  it('deletes all data only after confirmation', async () => {
    await showPart(page, 'Your data');
    await page.getByRole('button', { name: 'Delete all my data…' }).click();
    await page.getByRole('button', { name: 'No, keep my data' }).click();
    await expect(countRecords(page)).resolves.toBe(11);
    await page.getByRole('button', { name: 'Delete all my data…' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect.poll(() => countRecords(page)).toBe(0);
    await showPart(page, 'Recent');
    await expect.poll(() => page.getByText('No cramps logged yet.').isVisible()).toBe(true);
    // The timer's history was cleared too, so the session does not come back.
    await page.reload();
    await page.getByRole('button', { name: 'Log a cramp', exact: true }).click();
    await expect.poll(() => page.getByText('No cramps logged yet.').isVisible()).toBe(true);
  });
});

describe('contrast sessions reach the log with the worker stopped', () => {
  let browser: ExtensionBrowser;
  afterAll(async () => {
    await browser?.close();
  });

  // Only the worker appends to the timer's history, and it records each session in the log as it
  // appends. This is the fallback for a worker stopped between the two steps: the next worker start
  // records whatever the history holds that the log lacks, exactly once. (Chrome may also wake the
  // stopped worker for the storage change itself; in about 1 of 4 loaded full runs it did not within
  // 15 s, so the test wakes it the way any event does, with a runtime message, and asserts the outcome.)
  it('a session appended while the worker is stopped is recorded once when the worker next runs', async () => {
    await browser?.close();
    browser = await launchExtension();
    const page = await openExtensionPage(browser); // home view: the log view never opens here
    expect(await stopServiceWorker(browser)).toBe(true);
    await page.evaluate(async () => {
      const now = Date.now();
      const session = (id: string) => ({
        id,
        startedAt: now - 600_000,
        endedAt: now,
        phasesCompleted: 2,
        totalPhases: 7,
        outcome: 'stopped',
      });
      await chrome.storage.local.set({ contrastHistory: [session('asleep-1')] });
      // The timer appends: the first session is seen again and must not be doubled.
      await chrome.storage.local.set({ contrastHistory: [session('asleep-1'), session('asleep-2')] });
    });
    // Any runtime message starts the worker; the message itself is not one the worker knows.
    await page.evaluate(() => chrome.runtime.sendMessage({ wake: true }).catch(() => undefined));
    await expect.poll(() => countRecords(page), { timeout: 15_000 }).toBe(2);
    await page.reload();
    await page.getByRole('button', { name: 'Log a cramp', exact: true }).click();
    await expect
      .poll(() => page.locator('.log-item', { hasText: 'stopped, 2 of 7 phases done' }).count())
      .toBe(2);
    await expect(countRecords(page)).resolves.toBe(2);
  });
});
