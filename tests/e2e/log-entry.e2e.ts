import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchExtension, openExtensionPage, readLogRecords } from './harness';

/**
 * The detailed cramp log entry of issue 13 (place, side, severity, what was tried, whether it helped)
 * at 360x720, by keyboard alone and by pointer alone. Every control used, Save and the new entry must
 * be on screen and not under anything pinned: `document.elementFromPoint` at them returns them.
 */

/**
 * Whether the element is fully on screen and on top: the points at its centre and just inside its
 * four corners all hit it (not the pinned header, not the pinned Save bar), as a user would see it.
 */
function onScreen(locator: Locator) {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const inset = Math.min(3, box.width / 4, box.height / 4);
    const points = [
      [box.left + box.width / 2, box.top + box.height / 2],
      [box.left + inset, box.top + inset],
      [box.right - inset, box.top + inset],
      [box.left + inset, box.bottom - inset],
      [box.right - inset, box.bottom - inset],
    ];
    const misses = points.filter(([x, y]) => {
      const hit = document.elementFromPoint(x as number, y as number);
      return !hit || !(hit === element || element.contains(hit));
    });
    return misses.length === 0
      ? 'on screen'
      : `${element.tagName} "${element.textContent?.trim().slice(0, 40)}" at ${Math.round(box.top)}–${Math.round(box.bottom)} px: ${misses.length} of 5 points hit something else`;
  });
}

/** The entry just saved is the first of the recent list; its title names the place. */
const newestEntry = (page: Page) => page.locator('.log-item').first();

/** Checks the record the UI saved, read straight from IndexedDB. */
async function expectDetailedRecord(page: Page, count: number) {
  const records = await readLogRecords<{
    place: string;
    side?: string;
    severity?: number;
    tried: string[];
    helped?: string;
    at: number;
  }>(page);
  expect(records).toHaveLength(count);
  const newest = records.reduce((a, b) => (b.at > a.at ? b : a));
  expect(newest).toMatchObject({
    place: 'calf',
    side: 'right',
    severity: 7,
    tried: ['stretching'],
    helped: 'better',
  });
}

/** After a save: the status names the entry and offers Undo; the new entry is on screen. */
async function expectSavedOnScreen(page: Page) {
  const status = page.getByRole('status');
  await expect.poll(() => status.textContent()).toContain('Cramp logged: Calf');
  await expect(status.getByRole('button', { name: 'Undo' }).count()).resolves.toBe(1);
  const entry = newestEntry(page);
  await expect
    .poll(() => entry.textContent())
    .toMatch(/Calf.*Right.*Severity 7 of 10.*Light stretching.*Better/);
  // Focus is on the new entry (a screen reader reads it), which is fully visible below the pinned part.
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.classList.contains('log-item')))
    .toBe(true);
  await expect.poll(() => onScreen(entry.locator('.log-item-title'))).toBe('on screen');
}

describe('the detailed log entry at 360x720', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchExtension();
    page = await openExtensionPage(browser);
    await page.setViewportSize({ width: 360, height: 720 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('by keyboard alone in at most 15 key presses, every focused control on screen', async () => {
    await page.getByRole('button', { name: 'Log a cramp', exact: true }).waitFor();
    const steps: string[] = [];
    let presses = 0;
    const press = async (key: string) => {
      presses++;
      await page.keyboard.press(key);
      const focused = page.locator(':focus');
      // Focus never lands under the pinned header or the pinned Save bar.
      await expect.poll(() => onScreen(focused), { message: `after ${key}` }).toBe('on screen');
      steps.push(`${key}→${(await focused.textContent())?.replace('✓', '').trim().slice(0, 20)}`);
    };
    const form = page.getByRole('form', { name: 'Log a cramp' });
    const group = (name: RegExp) => form.getByRole('radiogroup', { name });
    await press('l'); // the log view opens, its heading focused
    await press('Tab'); // Where: "Not sure", the chosen one, is the group's Tab stop
    await press('ArrowRight'); // wraps to Calf and chooses it
    await press('Tab'); // another place (a list)
    await press('Tab'); // Side: nothing chosen, so the first option is the stop
    await press('ArrowRight'); // Right
    await press('Tab'); // Severity
    await press('7'); // typed: one key, not seven arrows
    await press('Tab'); // What was tried: toggle buttons, one Tab stop
    await press('ArrowRight'); // Light stretching
    await press('Space'); // toggled on
    await press('Tab'); // Did it help?
    await press('Space'); // Better, the first option
    await expect(
      group(/Where/).getByRole('radio', { name: /Calf/ }).getAttribute('aria-checked'),
    ).resolves.toBe('true');
    await expect(
      group(/Side/).getByRole('radio', { name: 'Right' }).getAttribute('aria-checked'),
    ).resolves.toBe('true');
    // Save is on screen (the bar pinned at the bottom of the form) before Enter presses it.
    const save = form.getByRole('button', { name: 'Save cramp' });
    await expect(onScreen(save)).resolves.toBe('on screen');
    presses++;
    await page.keyboard.press('Enter'); // saves, as Enter in a native radio group submits the form
    console.log(`[log entry] keyboard: ${presses} key presses (${steps.join(', ')}, Enter)`);
    expect(presses).toBeLessThanOrEqual(15);
    await expectSavedOnScreen(page);
    await expectDetailedRecord(page, 1);
  });

  it('by pointer: Save never needs scrolling back, the new entry is shown without scrolling', async () => {
    await page.reload();
    await page.getByRole('button', { name: 'Log a cramp', exact: true }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    let activations = 0;
    let scrolledDown = 0;
    let scrolledUp = 0;
    /**
     * Scrolls (as little as a user must) until the target is fully visible between whatever is pinned
     * at the top and the pinned Save bar, then taps its centre, where elementFromPoint must hit it.
     */
    const tap = async (target: Locator) => {
      const delta = await target.evaluate((element) => {
        const pinnedEdge = (selector: string, side: 'top' | 'bottom') => {
          const pinned = document.querySelector<HTMLElement>(selector);
          if (!pinned || pinned.contains(element)) return undefined;
          const style = getComputedStyle(pinned);
          if (style.position !== 'sticky' && style.position !== 'fixed') return undefined;
          const box = pinned.getBoundingClientRect();
          return side === 'top' ? box.bottom : box.top;
        };
        const top = Math.max(0, pinnedEdge('body header', 'top') ?? 0);
        const bottom = Math.min(innerHeight, pinnedEdge('.log-form-actions', 'bottom') ?? innerHeight);
        const box = element.getBoundingClientRect();
        if (box.top >= top && box.bottom <= bottom) return 0;
        return box.bottom > bottom ? box.bottom - bottom + 8 : box.top - top - 8;
      });
      if (delta !== 0) {
        const before = await page.evaluate(() => window.scrollY);
        await page.mouse.move(180, 400);
        await page.mouse.wheel(0, delta);
        // The wheel is handled asynchronously (and may animate): wait until the page has moved and
        // then stays put for a moment, so the figure is the whole scroll.
        await expect
          .poll(() =>
            page.evaluate(async (from) => {
              const y = window.scrollY;
              await new Promise((resolve) => setTimeout(resolve, 150));
              return y !== from && window.scrollY === y;
            }, before),
          )
          .toBe(true);
        const moved = (await page.evaluate(() => window.scrollY)) - before;
        if (moved > 0) scrolledDown += moved;
        else scrolledUp -= moved;
      }
      await expect(onScreen(target)).resolves.toBe('on screen');
      const box = await target.boundingBox();
      if (!box) throw new Error('target has no box');
      activations++;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    };
    await tap(page.getByRole('button', { name: 'Log a cramp', exact: true }));
    const form = page.getByRole('form', { name: 'Log a cramp' });
    await form.waitFor();
    const group = (name: RegExp) => form.getByRole('radiogroup', { name });
    await tap(group(/Where/).getByRole('radio', { name: /Calf/ }));
    await tap(group(/Side/).getByRole('radio', { name: 'Right' }));
    await tap(group(/How bad/).getByRole('radio', { name: '7', exact: true }));
    await tap(
      form.getByRole('group', { name: /What was tried/ }).getByRole('button', { name: /Light stretching/ }),
    );
    await tap(group(/Did it help/).getByRole('radio', { name: /Better/ }));
    const save = form.getByRole('button', { name: 'Save cramp' });
    const beforeSave = await page.evaluate(() => window.scrollY);
    await tap(save);
    const userScrolled = scrolledDown + scrolledUp;
    await expectSavedOnScreen(page);
    const appScrolled = Math.abs((await page.evaluate(() => window.scrollY)) - beforeSave);
    console.log(
      `[log entry] pointer: ${activations} activations, ${userScrolled.toFixed(0)} px scrolled by the user ` +
        `(${scrolledDown.toFixed(0)} down, ${scrolledUp.toFixed(0)} back up); the new entry shown by the panel ` +
        `(${appScrolled.toFixed(0)} px scrolled for the user, 0 by hand)`,
    );
    expect(activations).toBe(7);
    // Save is pinned: no scrolling back up to it.
    expect(scrolledUp).toBe(0);
    await expectDetailedRecord(page, 2);
  });
});
