import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupFormat } from '../../lib/log/backup';
import {
  type ExtensionBrowser,
  launchExtension,
  openExtensionPage,
  openSection,
  readLogRecords,
  seriousAxeViolations,
  timerCommand,
} from './harness';

/**
 * Storage full for the cramp log (issue 6), in the real browser: the extension's origin gets a quota
 * no bigger than what it already uses (CDP Storage.overrideQuotaForOrigin), so Chrome's IndexedDB
 * refuses every write with a real QuotaExceededError. storage.local and storage.sync at their quotas
 * are in corruption.e2e.ts.
 *
 * Two Chrome facts shape this file:
 * - The override needs a page's CDP session: on the browser-level session the Storage domain has no
 *   storage partition and answers "Internal error" (content/browser/devtools/protocol/storage_handler.cc).
 *   It lasts while that session does, so one page is kept open only to hold it.
 * - IndexedDB caches an origin's free space for 30 s (its bucket's space cache), so a lowered quota
 *   bites only once the cache is stale: a probe write into a scratch database is retried until refused.
 */

const day = 86_400_000;
/** For waits on the product: the machine may be busy (expect.poll gives up after 1 s by default). */
const patient = { timeout: 10_000 };
const origin = (browser: ExtensionBrowser) => `chrome-extension://${browser.extensionId}`;

function backupEntry(id: string, daysAgo: number, extra: Record<string, unknown> = {}) {
  const at = Date.now() - daysAgo * day;
  return { id, at, createdAt: at, updatedAt: at, place: 'calf', tried: [], source: 'manual', ...extra };
}

/** One small write into a scratch database (never the log): 'ok' or the error's name. */
const probeWrite = (page: Page) =>
  page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('quota-probe', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('probe');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      await new Promise((resolve, reject) => {
        const tx = db.transaction('probe', 'readwrite');
        tx.objectStore('probe').put(Date.now(), 'last');
        tx.oncomplete = resolve;
        tx.onabort = () => reject(tx.error);
      });
      return 'ok';
    } catch (error) {
      return (error as DOMException).name;
    } finally {
      db.close();
    }
  });

/** The log's records, sorted by id, for comparing before and after. */
const sortedLog = async (page: Page) =>
  (await readLogRecords(page)).sort((a, b) => String(a.id).localeCompare(String(b.id)));

const timerHistory = (page: Page) =>
  page.evaluate(async () => {
    const { contrastHistory } = await chrome.storage.local.get('contrastHistory');
    return (contrastHistory ?? []) as { id: string; outcome: string }[];
  });

const statusText = (page: Page) => page.locator('.log-view').getByRole('status').textContent();
const storageFullText =
  "Not saved: the browser's storage is full. Your log is unchanged; free some disk space and try again.";
const importStorageFullText =
  "Not imported: the browser's storage is full. Your log is unchanged and nothing from the file was added; free some disk space and try again.";

async function openLog(page: Page) {
  await openSection(page, 'Cramp log');
  await page.getByRole('heading', { level: 2, name: 'Cramp log', exact: true }).waitFor({ timeout: 10_000 });
}

describe('storage full: the cramp log in IndexedDB at its quota (real QuotaExceededError)', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  /** Holds the quota override (it ends with the session that made it). */
  let quotaPage: Page;
  let cdp: CDPSession;
  const errors: string[] = [];
  const workerWarnings: string[] = [];
  let stored: Record<string, unknown>[] = [];

  beforeAll(async () => {
    browser = await launchExtension();
    page = await openExtensionPage(browser);
    page.on('pageerror', (error) => errors.push(`panel uncaught: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`panel console: ${message.text()}`);
    });
    (await browser.worker()).on('console', (message) => {
      if (message.type() === 'error') errors.push(`worker console: ${message.text()}`);
      if (message.type() === 'warning') workerWarnings.push(message.text());
    });
    quotaPage = await browser.context.newPage();
    cdp = await browser.context.newCDPSession(quotaPage);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('fills the log, then gives the origin no more room than it uses', async () => {
    await openLog(page);
    const file = join(browser.userDataDir, 'backup.json');
    const entries = [
      backupEntry('kept-1', 1, { severity: 5, note: 'kept as it is' }),
      backupEntry('kept-2', 2, { place: 'hamstrings', side: 'left' }),
      backupEntry('kept-3', 5, { helped: 'better', tried: ['stretching'] }),
    ];
    await writeFile(file, JSON.stringify({ format: backupFormat, version: 1, exportedAt: '', entries }));
    await page.getByRole('button', { name: 'Your data', exact: true }).click();
    await page.locator('input[type="file"]').setInputFiles(file);
    await expect.poll(() => statusText(page), patient).toContain('Imported: 3 new');
    await page.getByRole('button', { name: 'Recent', exact: true }).click();
    await page.getByRole('button', { name: 'Save cramp' }).first().click();
    await expect.poll(() => statusText(page), patient).toContain('Cramp logged');
    stored = await sortedLog(page);
    expect(stored).toHaveLength(4);

    const { usage } = (await cdp.send('Storage.getUsageAndQuota', { origin: origin(browser) })) as {
      usage: number;
    };
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: origin(browser), quotaSize: usage });
    const overridden = (await cdp.send('Storage.getUsageAndQuota', { origin: origin(browser) })) as {
      quota: number;
      overrideActive: boolean;
    };
    expect(overridden).toMatchObject({ quota: usage, overrideActive: true });
    // Up to 30 s (IndexedDB's cached free space), then every write is refused.
    await expect.poll(() => probeWrite(page), { timeout: 60_000, interval: 1000 }).toBe('QuotaExceededError');
  });

  it('a cramp that does not fit: the clear message, nothing stored lost, the panel keeps working', async () => {
    await page.reload();
    await openLog(page);
    await expect.poll(() => page.locator('.log-item').count(), patient).toBe(4);
    await page.getByRole('button', { name: 'Save cramp' }).first().click();
    await expect.poll(() => statusText(page), patient).toBe(storageFullText);
    expect(await sortedLog(page)).toEqual(stored);
    // Still usable: the list, the trends, and the form for another try.
    await expect.poll(() => page.locator('.log-item').count(), patient).toBe(4);
    await page.getByRole('button', { name: 'Trends', exact: true }).click();
    await page.getByRole('button', { name: '30 days' }).click();
    await expect
      .poll(() => page.locator('.log-total').textContent(), patient)
      .toContain('4 cramps in the last 30 days');
    await page.getByRole('button', { name: 'Recent', exact: true }).click();
    expect(await page.getByRole('button', { name: 'Save cramp' }).first().isEnabled()).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('an import that does not fit changes nothing and says so', async () => {
    const file = join(browser.userDataDir, 'more.json');
    const entries = Array.from({ length: 20 }, (_, i) => backupEntry(`more-${i}`, i + 1));
    await writeFile(file, JSON.stringify({ format: backupFormat, version: 1, exportedAt: '', entries }));
    // A fresh page: the refused cramp's message must not pass for the import's.
    await page.reload();
    await openLog(page);
    await page.getByRole('button', { name: 'Your data', exact: true }).click();
    await page.locator('input[type="file"]').setInputFiles(file);
    await expect.poll(() => statusText(page), patient).toBe(importStorageFullText);
    expect(await sortedLog(page)).toEqual(stored);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('a contrast session that ends while the log is full ends safely: its history is kept', async () => {
    const before = await timerHistory(page);
    await expect(timerCommand(page, 'start')).resolves.toBe('ok');
    await expect(timerCommand(page, 'stop')).resolves.toBe('ok');
    // Done makes the stop final at once (else its record waits for the 10 s undo window).
    await expect(timerCommand(page, 'acknowledge')).resolves.toBe('ok');
    await expect.poll(async () => (await timerHistory(page)).length, patient).toBe(before.length + 1);
    const ended = (await timerHistory(page)).at(-1);
    expect(ended?.outcome).toBe('stopped');
    // The worker tried to record it and the log could take nothing; the log view's try fails quietly.
    await expect
      .poll(() => workerWarnings.join('\n'), patient)
      .toMatch(/Cramp log: could not record contrast sessions QuotaExceededError/);
    expect(await probeWrite(page)).toBe('QuotaExceededError');
    expect(await sortedLog(page)).toEqual(stored);
  });

  it('once the quota is lifted: the session reaches the log and a cramp is saved again', async () => {
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: origin(browser) });
    await expect.poll(() => probeWrite(page), patient).toBe('ok');
    const session = (await timerHistory(page)).at(-1);
    // The log view records what the timer's history holds and the log lacks, when it opens.
    await page.reload();
    await openLog(page);
    await expect
      .poll(async () => (await readLogRecords(page)).map((record) => record.id), patient)
      .toContain(`contrast-${session?.id}`);
    await page.getByRole('button', { name: 'Save cramp' }).first().click();
    await expect.poll(() => statusText(page), patient).toContain('Cramp logged');
    const after = await sortedLog(page);
    expect(after).toHaveLength(stored.length + 2);
    for (const record of stored) expect(after).toContainEqual(record);
    await page.evaluate(() => indexedDB.deleteDatabase('quota-probe'));
    expect(errors).toEqual([]);
  });
});
