import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupFormat } from '../../lib/log/backup';
import {
  type ExtensionBrowser,
  launchExtension,
  openExtensionPage,
  openSection,
  readLogRecords,
} from './harness';

// Hostile input everywhere a user can type, select or import: the panel keeps working, shows the text
// as text, and no markup from the input ever becomes an element or runs.
const markup = [
  '<img src="x" data-hostile onerror="window.__pwned = 1">',
  '<script data-hostile>window.__pwned = 1</script>',
  '"><svg data-hostile onload="window.__pwned = 1"></svg>',
  '<a data-hostile href="javascript:window.__pwned = 1">calf</a>',
];
const odd = [
  'x'.repeat(100_000),
  '.*+?^$\u007B}()|[]\\ calf ((((((((((a+)+)+)+)+)+)+)+)+)+$',
  '\u202Ecalf\u202C \u0000 \uFFFF \uD800',
  '__proto__ constructor prototype',
  '🦵🦵🦵 calf 🔥❄️',
  ' \n\t\r ',
];

/** Fails on any uncaught error in the page, and on any element the input planted. */
async function expectUnharmed(page: Page, errors: string[]) {
  expect(errors).toEqual([]);
  await expect(page.evaluate(() => document.querySelectorAll('[data-hostile]').length)).resolves.toBe(0);
  await expect(page.evaluate(() => (window as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
  // The panel still works: the four methods are there and respond.
  await expect(page.locator('.method-strip button').count()).resolves.toBeGreaterThanOrEqual(4);
}

const countEntries = async (page: Page) => (await readLogRecords(page)).length;

describe('hostile input in Chromium', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launchExtension();
    page = await openExtensionPage(browser);
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the finder shows each hostile query as text and answers it', async () => {
    await openSection(page, 'Muscle finder');
    const box = page.getByLabel('Where is the cramp?');
    for (const query of [...markup, ...odd]) {
      await box.fill(query);
      // Some answer for every query: a card, choices, or a notice, never a blank or broken view.
      await expect
        .poll(() => page.locator('.muscle-card, .finder-choices, [data-notice], .body-map').count())
        .toBeGreaterThan(0);
      await expectUnharmed(page, errors);
    }
    // The field keeps at most 500 characters; what it holds is the text as typed.
    await box.fill(markup[0] ?? '');
    await expect(box.inputValue()).resolves.toBe(markup[0]);
  });

  it('a hostile selection looked up from a page opens the finder with the text as text', async () => {
    const lookup = await openExtensionPage(
      browser,
      `sidepanel.html?lookup=${encodeURIComponent(`${markup[0]} calf ${markup[1]}`)}`,
    );
    const lookupErrors: string[] = [];
    lookup.on('pageerror', (error) => lookupErrors.push(String(error)));
    await expect.poll(() => lookup.locator('.muscle-card').getAttribute('data-group')).toBe('calf');
    await expectUnharmed(lookup, lookupErrors);
    await lookup.close();
  });

  it('a note full of markup is saved and shown as text', async () => {
    const note = `${markup.join(' ')} ${'long note '.repeat(150)}`.slice(0, 2000);
    await page.getByRole('button', { name: 'Log a cramp', exact: true }).click();
    await page.getByText('More details: time, how long, note').click();
    await page.getByLabel('Note', { exact: true }).fill(note);
    await page.getByRole('button', { name: 'Save cramp' }).first().click();
    await expect.poll(() => page.locator('.log-item').count()).toBe(1);
    await expect(page.locator('.log-item').first().textContent()).resolves.toContain(markup[0]);
    await expectUnharmed(page, errors);
    await page.reload();
    await page.getByRole('button', { name: 'Log a cramp', exact: true }).click();
    await expect.poll(() => page.locator('.log-item').count()).toBe(1);
    await expectUnharmed(page, errors);
  });

  it('hostile import files get a clear message and change nothing', async () => {
    await page.getByRole('button', { name: 'Your data', exact: true }).click();
    const input = page.locator('input[type="file"]');
    const before = await countEntries(page);
    expect(before).toBe(1);
    const dir = browser.userDataDir;
    // Ordered so that no two files in a row get the same message: each poll waits for its own.
    const files: [name: string, contents: string | Buffer, message: RegExp][] = [
      ['binary.json', Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 256)), /not JSON/],
      [
        'proto.json',
        `{"format":"${backupFormat}","version":1,"__proto__":{"polluted":true},"entries":[{"__proto__":{"x":1}}]}`,
        /Entry 1 in the file is damaged/,
      ],
      ['deep.json', `${'['.repeat(200_000)}${']'.repeat(200_000)}`, /not JSON|not a Spasm Relief/],
      [
        'markup.json',
        JSON.stringify({
          format: backupFormat,
          version: 1,
          entries: [
            { id: markup[0], at: Date.now(), place: markup[1], tried: [markup[2]], source: 'manual' },
          ],
        }),
        /Entry 1 in the file is damaged/,
      ],
      ['empty.json', '', /not JSON/],
    ];
    for (const [name, contents, message] of files) {
      const path = join(dir, name);
      await writeFile(path, contents);
      await input.setInputFiles(path);
      await expect.poll(() => page.getByRole('status').textContent(), { timeout: 15_000 }).toMatch(message);
      await expect(page.getByRole('status').textContent()).resolves.toContain('Nothing was imported');
      await expect(countEntries(page)).resolves.toBe(before);
      await expect(page.evaluate(() => ({}) as Record<string, unknown>)).resolves.not.toHaveProperty(
        'polluted',
      );
      await expectUnharmed(page, errors);
    }
  });

  it('a valid backup whose notes are markup imports them as text', async () => {
    const path = join(browser.userDataDir, 'notes.json');
    const at = Date.now() - 3_600_000;
    const entries = markup.map((note, i) => ({
      id: `hostile-${i}`,
      at,
      createdAt: at,
      updatedAt: at,
      place: 'calf',
      tried: [],
      source: 'manual',
      note,
    }));
    await writeFile(path, JSON.stringify({ format: backupFormat, version: 1, exportedAt: '', entries }));
    await page.locator('input[type="file"]').setInputFiles(path);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Imported: 4 new');
    await page.getByRole('button', { name: 'Recent', exact: true }).click();
    await expect.poll(() => page.locator('.log-item').count()).toBe(5);
    const shown = (await page.locator('.log-list').textContent()) ?? '';
    for (const note of markup) expect(shown).toContain(note);
    await expectUnharmed(page, errors);
  });
});
