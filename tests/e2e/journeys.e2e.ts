import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  launchExtension,
  openExtensionPage,
  readLogRecords,
  saveScreenshot,
} from './harness';

// The moment of a cramp (issue 13, item 2), walked at 360×720 by pointer and by keyboard alone: from
// the home view to the "how to tighten the opposite muscle" instruction, then through the guided hold
// to a saved log entry. Each step asserts the thing is on the first screen (elementFromPoint at its
// centre returns it, not the pinned header) with no scrolling, and the counts are printed.

/** Where a locator's element is and whether the user can see it there: on screen and on top. */
async function seenOnScreen(target: Locator) {
  return target.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + Math.min(box.height / 2, 20);
    const hit = document.elementFromPoint(x, y);
    const header = document.querySelector('.app-header')?.getBoundingClientRect();
    return {
      inside: box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth,
      onTop: hit !== null && (hit === element || element.contains(hit)),
      // A control in the pinned header is on top of the page; anything else must be below the header.
      belowHeader:
        header === undefined || element.closest('.app-header') !== null || box.top >= header.bottom - 1,
      scrolled: scrollY,
    };
  });
}

/** Asserts the target is fully on the first screen, on top, below the pinned header, with no scrolling. */
async function expectOnFirstScreen(target: Locator, what: string) {
  await target.waitFor();
  await expect(seenOnScreen(target), what).resolves.toEqual({
    inside: true,
    onTop: true,
    belowHeader: true,
    scrolled: 0,
  });
}

/** The instruction the cramp-now screen gives for tightening the opposite muscle. */
const instruction = (page: Page) => page.locator('.cramp-instruction');

describe('the moment of a cramp, at 360×720', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('by pointer: the calf instruction in 2 activations, a saved entry in 5', async () => {
    page = await openExtensionPage(browser);
    let activations = 0;
    const activate = async (target: Locator, what: string) => {
      await expectOnFirstScreen(target, what);
      await target.click();
      activations++;
    };
    await activate(page.getByRole('button', { name: 'Cramp now' }), 'Cramp now');
    await activate(page.locator('.cramp-first-places button[data-group="calf"]'), 'the calf');
    await expectOnFirstScreen(instruction(page), 'the instruction');
    await saveScreenshot(page, 'cramp-now-calf');
    const toInstruction = activations;
    await activate(page.locator('.cramp-start'), 'Start');
    await activate(page.getByRole('button', { name: 'It has eased: stop' }), 'It has eased: stop');
    await activate(page.getByRole('button', { name: 'Better', exact: true }), 'Better');
    const saved = page.getByText(/^Saved in your log: Calf/);
    await expectOnFirstScreen(saved, 'the saved confirmation');
    console.log(
      `Journey, pointer: the calf instruction in ${toInstruction} activations, a saved entry in ${activations}, 0 px scrolled`,
    );
    expect(toInstruction).toBeLessThanOrEqual(2);
    expect(activations).toBeLessThanOrEqual(5);
    const records = await readLogRecords<{ place?: string; helped?: string }>(page);
    expect(records.filter((r) => r.place === 'calf' && r.helped === 'better')).toHaveLength(1);
    await page.close();
  });

  it('by keyboard alone: the calf instruction in 4 key presses, a saved entry in 5', async () => {
    page = await openExtensionPage(browser);
    await page.locator('.method-strip').waitFor();
    let presses = 0;
    const press = async (key: string) => {
      await page.keyboard.press(key);
      presses++;
    };
    // The focused control inside the view ('' while focus is still on the page or the pinned part).
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement;
        if (!(element instanceof HTMLElement) || element.tagName === 'MAIN' || !element.closest('main'))
          return '';
        return element.dataset.group ?? element.textContent ?? '';
      });
    // C opens Cramp now from anywhere in the panel; focus lands on the first place once the places
    // are read from the log.
    await press('c');
    await page.locator('.cramp-where').waitFor();
    await expect.poll(focused, { timeout: 10_000 }).not.toBe('');
    // Tab to the calf if a recent place comes first (the log is the pointer journey's, calf first).
    for (let guard = 0; guard < 10 && (await focused()) !== 'calf'; guard++) await press('Tab');
    await press('Enter');
    await expectOnFirstScreen(instruction(page), 'the instruction');
    const toInstruction = presses;
    // Start is focused, so Enter starts the hold; focus moves to "It has eased: stop", then to the answers.
    await expect.poll(focused).toMatch(/^Start: push/);
    await expectOnFirstScreen(page.locator('.cramp-start'), 'Start');
    await press('Enter');
    await expect.poll(focused).toBe('It has eased: stop');
    await press('Enter');
    await expect.poll(focused).toBe('Better');
    await press('Enter');
    await expectOnFirstScreen(page.getByText(/^Saved in your log: Calf/), 'the saved confirmation');
    console.log(
      `Journey, keyboard: the calf instruction in ${toInstruction} key presses, a saved entry in ${presses}, 0 px scrolled`,
    );
    expect(toInstruction).toBeLessThanOrEqual(4);
    expect(presses).toBeLessThanOrEqual(5);
    const records = await readLogRecords<{ place?: string; helped?: string }>(page);
    expect(records.filter((r) => r.place === 'calf' && r.helped === 'better')).toHaveLength(2);
    await page.close();
  });
});
