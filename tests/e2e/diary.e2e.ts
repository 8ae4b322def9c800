import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupVersion } from '../../lib/log/backup';
import { csvHeaders, parseCsv } from '../../lib/log/csv';
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

describe('notes for the clinic in Chromium', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchExtension();
    page = await openExtensionPage(browser);
    await page.setViewportSize({ width: 360, height: 720 });
    await page.locator('main').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const ticked = 'Ticked: woke at 3 with both calves knotted, eased after 10 minutes';
  const tickedByEdit = 'Ticked on edit: the jaw locked while yawning at lunch';
  const unticked = 'Unticked: private, stays in my diary only';

  /** Logs a cramp from the "Log a cramp" form with a note, ticking "for the clinic" or not. */
  const logWithNote = async (note: string, forClinic: boolean) => {
    const form = page.getByRole('form', { name: 'Log a cramp' });
    const details = form.locator('details.log-more');
    if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open)))
      await details.locator('summary').click();
    await form.getByRole('textbox', { name: 'Note' }).fill(note);
    const box = form.getByRole('checkbox', { name: 'Show this note on the clinic summary' });
    await expect(box.isChecked()).resolves.toBe(false);
    if (forClinic) await box.check();
    await form.getByRole('button', { name: 'Save cramp' }).click();
    await expect.poll(() => page.locator('.log-item-note', { hasText: note }).count(), patient).toBe(1);
  };

  it('puts a ticked note on the clinic summary and in the CSV; an unticked one stays off', async () => {
    await openLog(page);
    await logWithNote(ticked, true);
    await logWithNote(unticked, false);
    await logWithNote(tickedByEdit, false);

    // Ticked afterwards, on the saved entry's note.
    // By its id: once the form opens, the note is in a field, not in the item's text.
    const id = await page.locator('.log-item', { hasText: tickedByEdit }).getAttribute('data-entry-id');
    const item = page.locator(`.log-item[data-entry-id="${id}"]`);
    await item.getByRole('button', { name: /^Edit/ }).click();
    const editForm = item.getByRole('form', { name: 'Edit this entry' });
    await editForm.getByRole('checkbox', { name: 'Show this note on the clinic summary' }).check();
    await editForm.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => page.getByRole('status').textContent(), patient).toContain('Changes saved');

    await page.evaluate(() => {
      window.print = () => {};
    });
    await page.getByRole('button', { name: 'Your data', exact: true }).click();
    await page.getByRole('button', { name: 'Print clinic summary' }).click();
    const notes = page.locator('.clinic-summary .clinic-notes li');
    await expect.poll(() => notes.count(), patient).toBe(2);
    const printed = (await notes.allTextContents()).join('\n');
    expect(printed).toContain(ticked);
    expect(printed).toContain(tickedByEdit);
    const summaryText = (await page.locator('.clinic-summary').textContent()) ?? '';
    expect(summaryText).not.toContain(unticked);
    // On screen, not only in the DOM: the first ticked note is what is at its place.
    await expect.poll(() => onTop(page, '.clinic-summary .clinic-notes li')).toBe(true);

    await page.getByRole('button', { name: 'Back to the log' }).click();
    await page.getByRole('button', { name: 'Your data', exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export for a spreadsheet (CSV)' }).click(),
    ]);
    const rows = parseCsv((await readFile(await download.path())).toString('utf8').replace(/^\uFEFF/, ''));
    const header = rows[0] ?? [];
    expect(header).toEqual([...csvHeaders]);
    const column = (name: (typeof csvHeaders)[number]) => header.indexOf(name);
    const marks = Object.fromEntries(
      rows.slice(1).map((row) => [row[column('note')], row[column('note_for_clinic')]]),
    );
    expect(marks).toEqual({ [ticked]: 'yes', [tickedByEdit]: 'yes', [unticked]: '' });
  });
});

/**
 * 30 days of typical use: 2–4 cramps a day at varied hours and places, a medicine started 14 days ago,
 * a contrast session every few days, and a few notes, some marked for the clinic.
 */
const seedMonth = (page: Page) =>
  writeLogDb(
    page,
    async (db) => {
      const tx = db.transaction(['entries', 'medicines'], 'readwrite');
      const places = ['calf', 'foot_sole', 'hamstrings', 'calf', 'hand_intrinsics', 'quadriceps', 'jaw'];
      const triggers = ['rest', 'effort', 'moving', 'rest', 'cold'];
      const tried = [['stretching'], ['compression'], ['stretching', 'reciprocal'], []];
      let n = 0;
      for (let daysAgo = 30; daysAgo >= 0; daysAgo--) {
        const perDay = 2 + (daysAgo % 3);
        for (let k = 0; k < perDay; k++) {
          const date = new Date();
          date.setDate(date.getDate() - daysAgo);
          date.setHours([2, 7, 15, 21][k] ?? 12, 10 * k, 0, 0);
          if (date.getTime() > Date.now()) continue;
          const at = date.getTime();
          n++;
          const note =
            n % 9 === 0
              ? `Woke with the ${places[n % places.length]} cramping; it eased after stretching and a warm pack, then came back within the hour.`
              : undefined;
          tx.objectStore('entries').put({
            id: `month-${n}`,
            at,
            createdAt: at,
            updatedAt: at,
            place: places[n % places.length],
            side: n % 2 ? 'left' : 'right',
            severity: daysAgo > 14 ? 6 + (n % 3) : 4 + (n % 3),
            disturbance: n % 4 ? 3 + (n % 5) : undefined,
            trigger: n % 3 ? triggers[n % triggers.length] : undefined,
            tried: tried[n % tried.length],
            helped: n % 4 === 3 ? undefined : ['better', 'same', 'better'][n % 3],
            ...(note ? { note, forClinic: n % 2 === 0 } : {}),
            source: 'manual',
          });
        }
        if (daysAgo % 4 === 0) {
          const date = new Date();
          date.setDate(date.getDate() - daysAgo);
          date.setHours(11, 0, 0, 0);
          const at = Math.min(date.getTime(), Date.now() - 60_000);
          tx.objectStore('entries').put({
            id: `month-session-${daysAgo}`,
            at,
            createdAt: at,
            updatedAt: at,
            place: 'calf',
            tried: [],
            source: 'contrast',
            contrast: { sessionId: `s-${daysAgo}`, phasesCompleted: 7, totalPhases: 7, outcome: 'finished' },
          });
        }
      }
      const start = new Date();
      start.setDate(start.getDate() - 14);
      const pad = (v: number) => String(v).padStart(2, '0');
      const now = Date.now();
      tx.objectStore('medicines').put({
        id: 'month-med',
        name: 'Medicine B',
        purpose: 'cramps',
        startedOn: `${start.getFullYear()}-${pad(start.getMonth() + 1)}-${pad(start.getDate())}`,
        doseNote: 'as the clinic wrote it',
        createdAt: now,
        updatedAt: now,
      });
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      return n;
    },
    null,
  );

/** Printable area at 96 CSS px per inch: the page minus the 12 mm margins of the print CSS. */
const mm = 96 / 25.4;
const paper = {
  A4: { width: (210 - 24) * mm, height: (297 - 24) * mm },
  Letter: { width: 8.5 * 96 - 24 * mm, height: 11 * 96 - 24 * mm },
} as const;

/** Pages in a PDF Chromium made: its page objects (`/Type /Page`, not `/Pages`). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

describe('one-page clinic summary in Chromium', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  let cramps = 0;

  const openSummary = async () => {
    await openLog(page);
    await page.evaluate(() => {
      // Headless Chromium has no print dialog: count the calls instead.
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await page.getByRole('button', { name: 'Your data', exact: true }).click();
    await page.getByRole('button', { name: 'Print clinic summary' }).click();
    await page.locator('.clinic-summary').waitFor();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  };

  beforeAll(async () => {
    browser = await launchExtension();
    page = await openExtensionPage(browser);
    await page.setViewportSize({ width: 360, height: 720 });
    await page.locator('main').waitFor();
    cramps = await seedMonth(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows every section a clinic asks for, with days with cramps only', async () => {
    await openSummary();
    const summary = page.locator('.clinic-summary');
    const text = (await summary.textContent()) ?? '';
    expect(text).toContain('Cramps per day (average)');
    expect(text).toContain('Last 7 days, against the 4 weeks before');
    expect(text).toContain('Average severity (0–10)');
    expect(text).toContain('How much cramps disturbed daily life (0–10)');
    expect(text).toContain('What seemed to bring it on');
    expect(text).toContain('Contrast therapy sessions:');
    expect(text).toMatch(/Days with cramps \(\d+ of 30\)/);
    expect(text).toContain('Where: cramps by body place');
    expect(text).toContain('When: cramps by time of day');
    expect(text).toContain('What helped');
    expect(text).toContain('started Medicine B');
    expect(text).toContain('not proof');
    expect(text).toContain('Notes for the clinic');
    // Only the notes marked for the clinic.
    const notes = await summary.locator('.clinic-notes li').count();
    expect(notes).toBeGreaterThan(0);
    expect(notes).toBeLessThan(cramps / 9);
    // No day table at all: the chart and one line of the days with cramps.
    await expect(summary.locator('table.print-always').count()).resolves.toBe(0);
    await expect
      .poll(() => onTop(page, '.clinic-medicine-table caption, .clinic-medicine-table th'))
      .toBe(true);
    await saveScreenshot(page, 'clinic-summary-screen');
  });

  it.each(['A4', 'Letter'] as const)('prints on one %s page', async (format) => {
    await openSummary();
    const area = paper[format];
    await page.setViewportSize({ width: Math.floor(area.width), height: Math.floor(area.height) });
    await page.emulateMedia({ media: 'print' });
    const layout = await page.evaluate(() => {
      const summary = document.querySelector('.clinic-summary') as HTMLElement;
      const hidden = ['header', '.section-nav', '.view-heading', '.clinic-summary .no-print'].map((css) =>
        [...document.querySelectorAll(css)].every((el) => getComputedStyle(el).display === 'none'),
      );
      return {
        height: summary.getBoundingClientRect().bottom,
        width: summary.scrollWidth,
        hidden,
      };
    });
    console.log(
      `Clinic summary printed at ${format} width: ${layout.height.toFixed(0)} px of ${area.height.toFixed(0)} px`,
    );
    expect(layout.hidden).toEqual([true, true, true, true]);
    expect(layout.width).toBeLessThanOrEqual(Math.ceil(area.width));
    expect(layout.height).toBeLessThanOrEqual(area.height);
    await saveScreenshot(page, `clinic-summary-print-${format}`);
    const pdf = await page.pdf({
      format,
      margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' },
      printBackground: true,
    });
    console.log(`Clinic summary PDF (${format}): ${pdfPages(pdf)} page(s), ${pdf.length} bytes`);
    expect(pdfPages(pdf)).toBe(1);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 360, height: 720 });
  });

  it.each(['light', 'dark', 'high-contrast'] as const)('passes axe on the summary (%s)', async (scheme) => {
    await page.emulateMedia({ colorScheme: scheme === 'light' ? 'light' : 'dark' });
    await openSummary();
    if (scheme === 'high-contrast')
      await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'high-contrast'));
    expect(await seriousAxeViolations(page), `summary (${scheme})`).toEqual([]);
    await saveScreenshot(page, `clinic-summary-${scheme}`);
    if (scheme === 'high-contrast') {
      // Printed from the high-contrast theme: still black on white paper, still one page.
      await page.setViewportSize({ width: Math.floor(paper.A4.width), height: 720 });
      await page.emulateMedia({ media: 'print' });
      const colours = await page.evaluate(() => {
        const style = getComputedStyle(document.querySelector('.clinic-summary') as HTMLElement);
        return [style.color, getComputedStyle(document.documentElement).backgroundColor];
      });
      expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
      const pdf = await page.pdf({
        format: 'A4',
        margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' },
      });
      expect(pdfPages(pdf)).toBe(1);
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize({ width: 360, height: 720 });
    }
  });

  it('is complete in Spanish', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.evaluate(() =>
      chrome.storage.sync.set({
        appearance: { theme: 'system', textSize: 100, language: 'es' },
        appearance$: { v: 2 },
      }),
    );
    await openLog(page);
    await expect.poll(() => page.locator('html').getAttribute('lang'), patient).toBe('es');
    await page.evaluate(() => {
      window.print = () => {};
    });
    await page.getByRole('button', { name: 'Sus datos', exact: true }).click();
    await page.getByRole('button', { name: 'Imprimir el resumen para la clínica' }).click();
    const summary = page.locator('.clinic-summary');
    await summary.waitFor();
    const text = (await summary.textContent()) ?? '';
    expect(text).toContain('Calambres al día (media)');
    expect(text).toContain('Notas para la clínica');
    expect(text).toContain('empezó Medicine B');
    expect(text.match(/\blog[A-Z]\w+/g) ?? []).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.evaluate(() => chrome.storage.sync.remove(['appearance', 'appearance$']));
  });
});
