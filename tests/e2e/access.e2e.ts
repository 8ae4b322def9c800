import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchExtension, openExtensionPage, seriousAxeViolations } from './harness';

/**
 * Switch scanning and dwell (issue 14), driven as their users drive them: two switches by key presses
 * only (Space moves, Enter selects), one switch by the select key only with waits between presses,
 * dwell by pointer moves and waits only. Each journey prints its count and asserts that where it ends
 * is on screen and not under the pinned part.
 */

/** One step of a journey: the control to reach and act on (a CSS selector in the panel). */
interface Step {
  target: string;
}

const journeys: Record<string, { steps: Step[]; end: string }> = {
  calf: {
    steps: [
      { target: '.cramp-now-button' },
      { target: '[data-scan-group="first-places"] [data-group="calf"]' },
    ],
    end: '#cramp-instruction',
  },
};

/** The stored setting's defaults (lib/settings/inputMode.ts; not imported: it defines a storage item). */
const defaultInputMode = {
  mode: 'pointer',
  moveKey: ' ',
  selectKey: 'Enter',
  itemMs: 1000,
  firstItemExtraMs: 700,
  loops: 2,
  debounceMs: 0,
  dwellMs: 1000,
  tick: false,
  offered: false,
};
type InputModeSettings = typeof defaultInputMode;

/** Writes the synced setting from the extension page, as Settings does, then reloads the panel. */
async function useMode(page: Page, patch: Partial<InputModeSettings>) {
  await page.evaluate(
    (items) =>
      (
        globalThis as unknown as { chrome: { storage: { sync: { set(i: object): Promise<void> } } } }
      ).chrome.storage.sync.set(items),
    { inputMode: { ...defaultInputMode, offered: true, ...patch }, inputMode$: { v: 1 } },
  );
  await page.reload();
  await page.locator('.method-strip').waitFor();
  if (patch.mode !== 'dwell')
    await page.locator('[data-scan-highlight]').first().waitFor({ state: 'attached' });
}

type Decision = 'wait' | 'move' | 'enter' | 'activate' | 'back' | 'resume';

/** What a switch user would do next to reach `selector`, from what is highlighted now. */
const decide = (page: Page, selector: string) =>
  page.evaluate((selector): Decision => {
    const target = document.querySelector(selector);
    const lit = document.querySelector<HTMLElement>('[data-scan-highlight]');
    if (!target || !lit) return 'wait';
    const level = lit.dataset.scanHighlight;
    if (document.querySelector('.access-highlight[data-stopped="true"]')) return 'resume';
    if (level === 'back') return 'back';
    if (lit === target) return 'activate';
    if (level === 'group') return target.closest('[data-scan-group]') === lit ? 'enter' : 'move';
    return 'move';
  }, selector);

/** The highlighted element's identity, to see when it has stopped moving. */
const litKey = (page: Page) =>
  page.evaluate(() => {
    const lit = document.querySelector<HTMLElement>('[data-scan-highlight]');
    return lit ? `${lit.dataset.scanHighlight}:${lit.outerHTML.slice(0, 80)}` : '';
  });

/** Waits until the highlight has stayed put for `ms` (after a select it may move to the new view). */
async function settled(page: Page, ms = 400) {
  let last = await litKey(page);
  let since = Date.now();
  for (let i = 0; i < 100; i++) {
    await page.waitForTimeout(100);
    const now = await litKey(page);
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= ms) return;
  }
}

/** The highlight is fully on screen and, unless it is on the pinned part itself, below it. */
async function expectHighlightOnScreen(page: Page) {
  const where = await page.evaluate(() => {
    const ring = document.querySelector<HTMLElement>('.access-highlight');
    const lit = document.querySelector('[data-scan-highlight]');
    if (!ring || ring.hidden || !lit) return 'no highlight';
    const box = ring.getBoundingClientRect();
    const header = document.querySelector('header');
    const pinned = header && !header.contains(lit) ? header.getBoundingClientRect().bottom : 0;
    if (box.top < pinned - 1 || box.bottom > innerHeight + 1) {
      return `off screen: ${Math.round(box.top)}–${Math.round(box.bottom)} (room ${Math.round(pinned)}–${innerHeight})`;
    }
    return 'ok';
  });
  expect(where).toBe('ok');
}

/** Two switches: key presses only. Returns how many. */
async function byTwoSwitches(page: Page, steps: Step[]): Promise<number> {
  let presses = 0;
  for (const step of steps) {
    await page.locator(step.target).first().waitFor({ state: 'attached' });
    for (;;) {
      await settled(page);
      const decision = await decide(page, step.target);
      expect(presses, `stuck before ${step.target}`).toBeLessThan(60);
      if (decision !== 'wait') await expectHighlightOnScreen(page);
      if (decision === 'wait') continue;
      await page.keyboard.press(decision === 'move' ? ' ' : 'Enter');
      presses++;
      if (decision === 'activate') break;
    }
  }
  return presses;
}

/** Asserts the element is on screen: its centre hits it, and not the pinned part. */
async function expectOnScreen(page: Page, selector: string) {
  const hit = await page.evaluate((selector) => {
    const element = document.querySelector(selector);
    if (!element) return 'missing';
    const box = element.getBoundingClientRect();
    const at = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    if (!at) return 'nothing';
    if (at.closest('header')) return 'under the pinned part';
    return at === element || element.contains(at) ? 'ok' : `covered by ${at.outerHTML.slice(0, 60)}`;
  }, selector);
  expect(hit, selector).toBe('ok');
}

const calf = journeys.calf as (typeof journeys)[string];

describe('switch scanning and dwell in Chromium (360×720)', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchExtension();
    page = await openExtensionPage(browser);
    page.on('pageerror', (error) => console.log('panel error:', error.message));
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('two switches (step scanning)', () => {
    beforeAll(async () => {
      await useMode(page, { mode: 'two-switches' });
    });

    it('highlights the first group, moves focus with it, and is axe clean', async () => {
      await expect(page.locator('[data-scan-highlight]').getAttribute('data-scan-group')).resolves.toBe(
        'methods',
      );
      await expect(
        page.evaluate(() => document.activeElement?.getAttribute('data-scan-group') ?? ''),
      ).resolves.toBe('methods');
      await expect(seriousAxeViolations(page)).resolves.toEqual([]);
    });

    it('reaches the calf instruction from home by presses only', async () => {
      const presses = await byTwoSwitches(page, calf.steps);
      console.log(`two switches: calf instruction in ${presses} presses`);
      await expectOnScreen(page, calf.end);
      expect(presses).toBeLessThanOrEqual(6);
    });
  });
});
