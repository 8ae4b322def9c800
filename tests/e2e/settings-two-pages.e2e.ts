import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchExtension, openExtensionPage, openSection } from './harness';

// Two open panels with the timer settings form: each follows what the other saved, and a save writes
// only the fields changed in that panel, on top of the latest stored value (none overwrites the other).

const storedTimerSettings = (page: Page) =>
  page.evaluate(async () => {
    const sync = (globalThis as unknown as { chrome: { storage: { sync: chrome.storage.StorageArea } } })
      .chrome.storage.sync;
    return (await sync.get('contrastTimerSettings')).contrastTimerSettings as Record<string, number>;
  });

const field = (page: Page, key: string) => page.locator(`section.settings #timer-setting-${key}`);
/** The timer settings form (Settings also holds the alert settings form). */
const timerForm = (page: Page) =>
  page.locator('section.settings form', { has: page.locator('#timer-setting-coldMinutes') });
const formStatus = (page: Page) => timerForm(page).locator('.timer-form-status').textContent();

async function openTimerSettings(page: Page) {
  await openSection(page, 'Settings');
  await page.locator('section.settings').waitFor();
  await field(page, 'coldMinutes').waitFor();
}

async function save(page: Page) {
  await timerForm(page).getByRole('button', { name: 'Save settings' }).click();
  await expect.poll(() => formStatus(page)).toMatch(/^Saved/);
}

describe('timer settings open in two panels in Chromium', () => {
  let browser: ExtensionBrowser;
  let first: Page;
  let second: Page;

  beforeAll(async () => {
    browser = await launchExtension();
    first = await openExtensionPage(browser);
    second = await openExtensionPage(browser);
    await openTimerSettings(first);
    await openTimerSettings(second);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows a value saved in the other panel, and saves its own change on top of it', async () => {
    const before = await storedTimerSettings(first);
    const cold = before?.coldMinutes === 5 ? 6 : 5;
    const hot = (before?.hotMinutes ?? 10) === 15 ? 14 : 15;

    await field(first, 'coldMinutes').fill(String(cold));
    await save(first);
    // The second panel, not editing that field, shows the new value without a reload.
    await expect.poll(() => field(second, 'coldMinutes').inputValue()).toBe(String(cold));

    await field(second, 'hotMinutes').fill(String(hot));
    await save(second);
    const after = await storedTimerSettings(second);
    expect(after).toMatchObject({ coldMinutes: cold, hotMinutes: hot });
    await expect.poll(() => field(first, 'hotMinutes').inputValue()).toBe(String(hot));
  });

  it('keeps an edit in progress when the other panel saves that field, and says so', async () => {
    const before = await storedTimerSettings(first);
    const mine = before?.coldMinutes === 3 ? 4 : 3;
    const theirs = mine + 5;
    await field(first, 'coldMinutes').fill(String(mine));
    await field(second, 'coldMinutes').fill(String(theirs));
    await save(second);
    await expect.poll(() => formStatus(first)).toContain('Changed in another window');
    await expect(field(first, 'coldMinutes').inputValue()).resolves.toBe(String(mine));
    await save(first);
    await expect(storedTimerSettings(first)).resolves.toMatchObject({ coldMinutes: mine });
    await expect.poll(() => field(second, 'coldMinutes').inputValue()).toBe(String(mine));
  });
});
