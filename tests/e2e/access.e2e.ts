import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dwellControlSelector } from '@/lib/access/scanOrder';
import { oneRoundNoHeadsUps } from '../support/timerSettings';
import type { ExtensionBrowser } from './harness';
import { scaledHarness } from './scaledBuild';
import { alerts, readState, setSettings, waitForState } from './timerStorage';

// A time-scaled build (60×: a protocol minute lasts 1 s), so the timer journey reaches a phase alert
// and acknowledges it. Nothing else in this file depends on the timer's speed.
const scale = 60;
const outDir = '.output-scaled-access';
/**
 * Cold for 2 minutes (2 s) then warm for 20 (20 s): the alert for the warm phase waits long enough. The
 * alert comes after the 1.5 s in which a pressed Start is held in place (components/access/pressInPlace.ts),
 * as it does in real use (minutes later); inside it, the hold would scroll the banner's scroll back.
 */
const timerSettings = { ...oneRoundNoHeadsUps, coldMinutes: 2, hotMinutes: 20 };

type Harness = typeof import('./harness');
let harness: Harness;
let building: Promise<Harness> | undefined;
/** The scaled build and its harness, made once for the whole file. */
const scaled = async () => {
  building ??= scaledHarness(scale, outDir);
  harness = await building;
  return harness;
};

/**
 * Switch scanning and dwell (issue 14), driven as their users drive them: two switches by key presses
 * only (Space moves, Enter selects), one switch by the select key only with waits between presses,
 * dwell by pointer moves and waits only. Each journey prints its count and asserts that where it ends
 * is on screen and not under the pinned part.
 */

/** One step of a journey: the control to reach and act on (a CSS selector, and words it contains). */
interface Step {
  css: string;
  text?: string;
  /** Also on screen (elementFromPoint) when this step's control is acted on. */
  alsoOnScreen?: string;
}

const crampNow: Step = { css: '.cramp-now-button' };
const calf: Step = { css: '[data-scan-group="first-places"] [data-group="calf"]' };
const menu: Step = { css: '.section-menu-button' };
const section = (text: string): Step => ({ css: 'nav[data-scan-group="nav"] button', text });
/** The phase alert's Acknowledge, with its banner on screen beside it. */
const acknowledge: Step = {
  css: '[data-command="acknowledge"][data-scan-first]',
  alsoOnScreen: '.timer-alert-banner',
};

/** The journeys of issue 14, each from the home view; `end` must be on screen when it is done. */
const journeys = {
  calf: { steps: [crampNow, calf], end: '#cramp-instruction' },
  saved: {
    steps: [
      crampNow,
      calf,
      { css: '.cramp-start' },
      { css: '.cramp-hold button' },
      { css: '.cramp-answers button' },
    ],
    end: '.cramp-saved',
  },
  timer: {
    steps: [menu, section('Contrast timer'), { css: '[data-command="start"]' }, acknowledge],
    end: '[data-command="pause"]',
  },
  textSize: {
    steps: [menu, section('Settings'), { css: '[data-step="larger"]' }],
    end: '[data-step="larger"]',
  },
} satisfies Record<string, { steps: Step[]; end: string }>;
type JourneyName = keyof typeof journeys;

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

/** Finds the step's control and marks it `data-e2e-target` (the only mark; a test-side attribute). */
async function mark(page: Page, step: Step): Promise<string> {
  await expect
    .poll(
      () =>
        page.evaluate(({ css, text }) => {
          for (const old of document.querySelectorAll('[data-e2e-target]'))
            old.removeAttribute('data-e2e-target');
          const found = [...document.querySelectorAll(css)].find(
            (element) => !text || (element.textContent ?? '').includes(text),
          );
          found?.setAttribute('data-e2e-target', '');
          return found !== undefined;
        }, step),
      { timeout: 15_000 },
    )
    .toBe(true);
  return '[data-e2e-target]';
}

/**
 * What a switch user would do next to reach `selector`, from what is highlighted now, and (one switch)
 * how long the highlight stays there.
 */
const decide = (page: Page, selector: string) =>
  page.evaluate((selector): { decision: Decision; leftMs: number } => {
    const target = document.querySelector(selector);
    const lit = document.querySelector<HTMLElement>('[data-scan-highlight]');
    const ring = document.querySelector<HTMLElement>('.access-highlight');
    const nextAt = Number(ring?.dataset.nextAt || Number.NaN);
    const leftMs = Number.isNaN(nextAt) ? Number.POSITIVE_INFINITY : nextAt - performance.now();
    const answer = (decision: Decision) => ({ decision, leftMs });
    // A control that has just appeared ignores presses for a moment (aria-disabled): wait it out.
    if (!target || target.getAttribute('aria-disabled') === 'true') return answer('wait');
    if (!lit) return answer('wait');
    // The last group (controls no view grouped) has no element of its own: its members are marked.
    if (lit.dataset.scanHighlight === 'member') {
      if (!ring || ring.hidden || ring.dataset.level !== 'group') return answer('wait');
      if (target.closest('[data-scan-group]')) return answer('move');
      return answer(ring.dataset.items === '1' ? 'activate' : 'enter');
    }
    if (ring?.dataset.stopped === 'true') return answer('resume');
    const level = lit.dataset.scanHighlight;
    if (level === 'back') return answer('back');
    if (lit === target) return answer('activate');
    if (level === 'group') {
      if (target.closest('[data-scan-group]') !== lit) return answer('move');
      // A group of one: the select acts on its control at once.
      return answer(ring?.dataset.items === '1' ? 'activate' : 'enter');
    }
    return answer('move');
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
    if (!ring || ring.hidden) return 'no highlight';
    if (!lit) return 'nothing marked';
    // The last group (controls no view grouped, all over the view) is passed over, not looked at.
    if (lit.getAttribute('data-scan-highlight') === 'member') return 'ok';
    // Drawn by the layer's own stylesheet (it must load in the caregiver window too).
    if (getComputedStyle(ring).position !== 'fixed') return 'highlight without its stylesheet';
    const box = ring.getBoundingClientRect();
    const header = document.querySelector('header');
    const pinned = header && !header.contains(lit) ? header.getBoundingClientRect().bottom : 0;
    if (box.top < pinned - 1 || box.bottom > innerHeight + 1) {
      return `off screen: ${Math.round(box.top)}–${Math.round(box.bottom)} (room ${Math.round(pinned)}–${innerHeight}): ${lit.outerHTML.slice(0, 100)}`;
    }
    return 'ok';
  });
  expect(where).toBe('ok');
}

/** Before a step's control is acted on: it, and what must show beside it, are on screen. */
async function expectStepOnScreen(page: Page, step: Step) {
  if (!step.alsoOnScreen) return;
  await expectOnScreen(page, step.alsoOnScreen);
  await expectOnScreen(page, '[data-e2e-target]');
}

/** Two switches: key presses only (Space moves, Enter selects). Returns how many, step by step. */
async function byTwoSwitches(page: Page, steps: Step[]): Promise<number[]> {
  const counts: number[] = [];
  for (const step of steps) {
    const selector = await mark(page, step);
    let presses = 0;
    for (let waits = 0; ; ) {
      await settled(page);
      const { decision } = await decide(page, selector);
      expect(presses, `stuck before ${step.css}`).toBeLessThan(80);
      if (decision === 'wait') {
        expect(++waits, `no highlight to reach ${step.css}`).toBeLessThan(20);
        continue;
      }
      await expectHighlightOnScreen(page);
      if (decision === 'activate') await expectStepOnScreen(page, step);
      await page.keyboard.press(decision === 'move' ? ' ' : 'Enter');
      presses++;
      if (decision === 'activate') break;
    }
    counts.push(presses);
  }
  return counts;
}

/**
 * One switch: the highlight moves by itself; only the select key is pressed, when the highlight is on
 * the group or item wanted and stays there a while yet (never in its last 400 ms). Returns the presses.
 */
async function byOneSwitch(page: Page, steps: Step[]): Promise<number[]> {
  const counts: number[] = [];
  for (const step of steps) {
    const selector = await mark(page, step);
    const deadline = Date.now() + 90_000;
    let presses = 0;
    for (;;) {
      expect(Date.now(), `stuck before ${step.css}`).toBeLessThan(deadline);
      const { decision, leftMs } = await decide(page, selector);
      const wanted = decision === 'enter' || decision === 'activate' || decision === 'resume';
      if (!wanted || leftMs < 400) {
        await page.waitForTimeout(50);
        continue;
      }
      if (decision !== 'resume') await expectHighlightOnScreen(page);
      if (decision === 'activate') await expectStepOnScreen(page, step);
      await page.keyboard.press('Enter');
      presses++;
      if (decision === 'activate') break;
    }
    counts.push(presses);
  }
  return counts;
}

/** The part of the screen a dwell user can rest on: below the pinned part and the scroll areas. */
const dwellRoom = (page: Page) =>
  page.evaluate(() => {
    const shown = (selector: string) => {
      const element = document.querySelector<HTMLElement>(selector);
      return element && !element.hidden ? element.getBoundingClientRect() : null;
    };
    const header = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
    const up = shown('[data-dwell-scroll="up"]');
    const down = shown('[data-dwell-scroll="down"]');
    const target = document.querySelector('[data-e2e-target]')?.getBoundingClientRect();
    return {
      top: Math.max(header, up?.bottom ?? 0),
      bottom: down?.top ?? innerHeight,
      up: up && { x: up.left + up.width / 2, y: up.top + up.height / 2 },
      down: down && { x: down.left + down.width / 2, y: down.top + down.height / 2 },
      target: target && { top: target.top, bottom: target.bottom, x: target.left + target.width / 2 },
      inHeader: !!document.querySelector('header [data-e2e-target], header[data-e2e-target]'),
    };
  });

/** Where each page's pointer was left by byDwell. */
const pointerAt = new WeakMap<Page, { x: number; y: number }>();

/**
 * Dwell: pointer moves and waits only, no clicks. Each control is brought on screen by resting on a
 * scroll area, then the pointer rests on it until it is pressed.
 */
async function byDwell(page: Page, steps: Step[], dwellMs: number): Promise<void> {
  for (const step of steps) {
    await mark(page, step);
    for (let i = 0; ; i++) {
      expect(i, `cannot bring ${step.css} on screen`).toBeLessThan(200);
      const room = await dwellRoom(page);
      if (!room.target) throw new Error(`${step.css} went away`);
      if (room.inHeader || (room.target.top >= room.top && room.target.bottom <= room.bottom)) break;
      const area = room.target.top < room.top ? room.up : room.down;
      if (!area) throw new Error(`${step.css} is off screen with no scroll area to bring it`);
      await page.mouse.move(area.x, area.y, { steps: 3 });
      pointerAt.set(page, area);
      await page.waitForTimeout(100);
    }
    const box = await page.locator('[data-e2e-target]').boundingBox();
    if (!box) throw new Error(`${step.css} has no box`);
    await expectOnScreen(page, '[data-e2e-target]');
    await expectStepOnScreen(page, step);
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    // The pointer must leave a place before it presses there again (the next control can appear
    // where the last one was): a user moves away and back.
    const at = pointerAt.get(page);
    if (at && Math.hypot(at.x - centre.x, at.y - centre.y) < 20) {
      await page.mouse.move(centre.x, centre.y + (centre.y > 360 ? -40 : 40), { steps: 2 });
    }
    await page.mouse.move(centre.x, centre.y, { steps: 4 });
    pointerAt.set(page, centre);
    // Pressed: marked by the layer, or gone (the next view replaced it).
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const target = document.querySelector('[data-e2e-target]');
            return !target || target.getAttribute('data-dwell') === 'pressed';
          }),
        { timeout: dwellMs * 6, interval: 50 },
      )
      .toBe(true);
  }
}

/** Asserts the element is on screen: its centre hits it, and not the pinned part. */
async function expectOnScreen(page: Page, selector: string) {
  const hit = await page.evaluate(async (selector) => {
    // Measured after two frames: what a change just applied moves is put back before the next paint.
    for (let i = 0; i < 2; i++) await new Promise((frame) => requestAnimationFrame(frame));
    const element = document.querySelector(selector);
    if (!element) return 'missing';
    const box = element.getBoundingClientRect();
    const at = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    if (!at)
      return `nothing at ${Math.round(box.left)},${Math.round(box.top)} ${Math.round(box.width)}×${Math.round(box.height)} (view ${innerWidth}×${innerHeight}, scrolled ${Math.round(scrollY)})`;
    if (at.closest('header') && !element.closest('header')) return 'under the pinned part';
    return at === element || element.contains(at) ? 'ok' : `covered by ${at.outerHTML.slice(0, 60)}`;
  }, selector);
  expect(hit, selector).toBe('ok');
}

const textScale = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--text-scale'));

/** What each journey must have done, beyond showing its end on screen; and its clean-up. */
async function checkAndTidy(page: Page, name: JourneyName, before: { entries: number }) {
  if (name === 'saved') {
    await expect.poll(async () => (await harness.readLogRecords(page)).length).toBe(before.entries + 1);
  }
  if (name === 'timer') {
    // Acknowledged: the warm phase runs (20 s) with no alert pending.
    await waitForState(page, (s) => s.status === 'running' && s.session?.stepIndex === 1 && !s.session.alert);
    await expect(harness.timerCommand(page, 'stop')).resolves.toBe('ok');
    await harness.timerCommand(page, 'acknowledge');
    await waitForState(page, (s) => s.status === 'idle' || !s.session?.alert);
  }
  if (name === 'textSize') {
    await page.evaluate(() => document.querySelector<HTMLButtonElement>('[data-step="smaller"]')?.click());
    await expect.poll(() => textScale(page)).toBe('1');
  }
}

/** Ends any contrast session a failed test left behind, so the next one starts from Start. */
async function resetTimer(page: Page) {
  await harness.timerCommand(page, 'stop');
  await harness.timerCommand(page, 'acknowledge');
  // Nothing stored yet is idle too.
  await expect.poll(async () => (await readState(page))?.status ?? 'idle').toBe('idle');
}

/** Runs one journey from a fresh home view with `drive`; returns what it printed. */
async function journey(
  page: Page,
  name: JourneyName,
  drive: (steps: Step[]) => Promise<string>,
): Promise<string> {
  await page.reload();
  await page.locator('.method-strip').waitFor();
  const entries = (await harness.readLogRecords(page)).length;
  if (name === 'timer') await resetTimer(page);
  const mode = await page.evaluate(() => document.documentElement.dataset.access);
  if (mode === 'scan') await page.locator('[data-scan-highlight]').first().waitFor({ state: 'attached' });
  const { steps, end } = journeys[name];
  const printed = await drive(steps);
  await page.locator(end).first().waitFor();
  if (name === 'textSize') await expect.poll(() => textScale(page)).toBe('1.1');
  await expectOnScreen(page, end);
  await checkAndTidy(page, name, { entries });
  return printed;
}

/**
 * The caregiver window (entrypoints/alert) in the mode set for the panel: opened before a session
 * starts, it shows the first phase alert's Acknowledge, which `drive` must reach and press.
 */
async function caregiverJourney(
  browser: ExtensionBrowser,
  page: Page,
  drive: (window: Page, steps: Step[]) => Promise<string>,
): Promise<string> {
  const window = await harness.openExtensionPage(browser, 'alert.html');
  try {
    await window.locator('.timer-caregiver').waitFor();
    await expect(harness.timerCommand(page, 'start')).resolves.toBe('ok');
    await window.bringToFront();
    const printed = await drive(window, [{ css: '.timer-caregiver [data-scan-group="alert"]' }]);
    await waitForState(page, (s) => s.status === 'running' && s.session?.stepIndex === 1 && !s.session.alert);
    await expect(window.locator('.timer-caregiver button').count()).resolves.toBe(0);
    return printed;
  } finally {
    await window.close();
    await page.bringToFront();
    await harness.timerCommand(page, 'stop');
    await harness.timerCommand(page, 'acknowledge');
  }
}

const names = Object.keys(journeys) as JourneyName[];
const sum = (counts: number[]) => counts.reduce((total, count) => total + count, 0);

describe('switch scanning and dwell in Chromium (360×720)', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  const report: string[] = [];

  beforeAll(async () => {
    browser = await (await scaled()).launchExtension();
    page = await harness.openExtensionPage(browser);
    page.on('pageerror', (error) => console.log('panel error:', error.message));
    await setSettings(page, timerSettings, alerts);
  }, 120_000);
  afterAll(async () => {
    console.log(`access journeys:\n${report.join('\n')}`);
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
      await expect(harness.seriousAxeViolations(page)).resolves.toEqual([]);
    });

    it('shows its highlight on the first places of Cramp now (user guide screenshot)', async () => {
      await page.reload();
      await page.locator('[data-scan-highlight]').first().waitFor({ state: 'attached' });
      await byTwoSwitches(page, [crampNow]);
      await page.locator('[data-scan-highlight="group"][data-scan-group="first-places"]').waitFor();
      await settled(page);
      await expectHighlightOnScreen(page);
      await harness.saveScreenshot(page, 'access-two-switches');
    });

    it.each([
      ['home', () => Promise.resolve()],
      ['the log form', () => page.keyboard.press('l')],
    ] as const)('names every group it highlights in %s, for a screen reader', async (_view, open) => {
      await page.reload();
      await page.locator('[data-scan-highlight]').first().waitFor({ state: 'attached' });
      await open();
      await settled(page);
      const heard: string[] = [];
      const first = await litKey(page);
      for (let i = 0; i < 30; i++) {
        // Focus follows the highlight: what a screen reader says is the focused element's role and name.
        const said = await page.evaluate(() => {
          const lit = document.querySelector<HTMLElement>('[data-scan-highlight]');
          return lit && document.activeElement === lit ? 'focused' : 'focus elsewhere';
        });
        if (said === 'focused') {
          // The last group marks each of its members; focus (what is heard) is on the first.
          const snapshot = await page.locator('[data-scan-highlight]').first().ariaSnapshot();
          const top = snapshot.split('\n')[0] ?? '';
          heard.push(top);
          expect(top, 'a named role').toMatch(/^- '?[a-z]+ "[^"]+"/);
        }
        await page.keyboard.press(' ');
        await settled(page, 200);
        if ((await litKey(page)) === first) break;
      }
      console.log(`a screen reader hears, group by group:\n${heard.join('\n')}`);
      expect(heard.length).toBeGreaterThan(4);
    });

    it.each(names)('%s, by key presses only', async (name) => {
      let counts: number[] = [];
      const printed = await journey(page, name, async (steps) => {
        counts = await byTwoSwitches(page, steps);
        return `two switches, ${name}: ${sum(counts)} presses`;
      });
      report.push(printed);
      console.log(printed);
      if (name === 'calf') expect(sum(counts)).toBeLessThanOrEqual(6);
      // The alert's Acknowledge is the first scan group the moment it shows: one select answers it.
      if (name === 'timer') expect(counts.at(-1)).toBe(1);
    });

    it('types in a text field: select enters it, Space types, select (or Escape) leaves', async () => {
      const typing = () => page.locator('.access-highlight').getAttribute('data-typing');
      const value = (css: string) => page.locator(css).inputValue();
      await page.reload();
      await page.locator('[data-scan-highlight]').first().waitFor({ state: 'attached' });
      // The finder's search: the view focuses it on opening, but it is only a scan stop until selected.
      const counts = await byTwoSwitches(page, [menu, section('Muscle finder'), { css: '#finder-query' }]);
      await expect.poll(typing).toBe('true');
      await expectOnScreen(page, '#finder-query');
      await page.keyboard.type('back of thigh');
      await expect.poll(() => value('#finder-query')).toBe('back of thigh');
      await page.keyboard.press('Enter');
      await expect.poll(typing).toBe('false');
      await expect(value('#finder-query')).resolves.toBe('back of thigh');
      // Scanning again: Space moves the highlight off the field and types nothing.
      const onField = await litKey(page);
      await page.keyboard.press(' ');
      await expect.poll(() => litKey(page)).not.toBe(onField);
      await expect(value('#finder-query')).resolves.toBe('back of thigh');
      console.log(`two switches, into the finder search: ${sum(counts)} presses, and 1 to leave it`);

      // A note (a textarea in the log form's more details): Shift+Enter is a new line, Escape leaves.
      const note = 'textarea[id$="note"]';
      await byTwoSwitches(page, [
        { css: '.log-cramp-button' },
        { css: '.log-more > summary' },
        { css: note },
      ]);
      await expect.poll(typing).toBe('true');
      await page.keyboard.type('woke me up');
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type('left calf');
      await expect.poll(() => value(note)).toBe('woke me up\nleft calf');
      await page.keyboard.press('Escape');
      await expect.poll(typing).toBe('false');
      await page.keyboard.press(' ');
      await expect.poll(() => page.evaluate(() => document.activeElement?.matches('textarea'))).toBe(false);
      await expect(value(note)).resolves.toBe('woke me up\nleft calf');
    });

    it('acknowledges in the caregiver window by one select', async () => {
      const printed = await caregiverJourney(browser, page, async (window, steps) => {
        await window.locator('[data-scan-highlight]').first().waitFor({ state: 'attached' });
        await expect(harness.seriousAxeViolations(window)).resolves.toEqual([]);
        const counts = await byTwoSwitches(window, steps);
        expect(sum(counts)).toBe(1);
        return `two switches, caregiver window: ${sum(counts)} presses`;
      });
      report.push(printed);
    });
  });

  describe('one switch (auto-scanning)', () => {
    beforeAll(async () => {
      // Long item times, so a press always lands well inside the highlight's time on a busy machine.
      await useMode(page, { mode: 'one-switch', itemMs: 1500, firstItemExtraMs: 500 });
    });

    it('moves the highlight by itself and is axe clean', async () => {
      const first = await litKey(page);
      await expect.poll(() => litKey(page), { timeout: 6000 }).not.toBe(first);
      await expect(harness.seriousAxeViolations(page)).resolves.toEqual([]);
    });

    it.each(names)('%s, by the select key only', async (name) => {
      let counts: number[] = [];
      const printed = await journey(page, name, async (steps) => {
        const started = Date.now();
        counts = await byOneSwitch(page, steps);
        return `one switch, ${name}: ${sum(counts)} presses, ${((Date.now() - started) / 1000).toFixed(1)} s`;
      });
      report.push(printed);
      console.log(printed);
      if (name === 'calf') expect(sum(counts)).toBeLessThanOrEqual(4);
      if (name === 'timer') expect(counts.at(-1)).toBe(1);
    });

    it('types in the finder search, the highlight waiting there until select leaves it', async () => {
      const typing = () => page.locator('.access-highlight').getAttribute('data-typing');
      await page.reload();
      await page.locator('[data-scan-highlight]').first().waitFor({ state: 'attached' });
      await byOneSwitch(page, [menu, section('Muscle finder'), { css: '#finder-query' }]);
      await expect.poll(typing).toBe('true');
      await page.keyboard.type('calf');
      // Longer than an item's time (1.5 s): the highlight stays on the field while typing.
      await page.waitForTimeout(2500);
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('finder-query');
      await expect(page.locator('#finder-query').inputValue()).resolves.toBe('calf');
      await page.keyboard.press('Enter');
      await expect.poll(typing).toBe('false');
      // Scanning again: the highlight moves on by itself.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 6000 })
        .not.toBe('finder-query');
    });

    it('acknowledges in the caregiver window by the select key only', async () => {
      const printed = await caregiverJourney(browser, page, async (window, steps) => {
        const started = Date.now();
        const counts = await byOneSwitch(window, steps);
        return `one switch, caregiver window: ${sum(counts)} presses, ${((Date.now() - started) / 1000).toFixed(1)} s`;
      });
      report.push(printed);
    });
  });

  describe('dwell', () => {
    const dwellMs = 1000;
    beforeAll(async () => {
      await useMode(page, { mode: 'dwell', dwellMs });
    });

    it('is axe clean', async () => {
      await expect(harness.seriousAxeViolations(page)).resolves.toEqual([]);
    });

    it.each(names)('%s, by pointer moves and waits only', async (name) => {
      const printed = await journey(page, name, async (steps) => {
        await page.mouse.move(5, 5);
        pointerAt.set(page, { x: 5, y: 5 });
        const started = Date.now();
        await byDwell(page, steps, dwellMs);
        return `dwell, ${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`;
      });
      report.push(printed);
      console.log(printed);
    });

    it('fills its ring on the control the pointer rests on (user guide screenshot)', async () => {
      await page.reload();
      await page.locator('.access-dwell-ring').waitFor({ state: 'attached' });
      const box = await page.locator('.cramp-now-button').boundingBox();
      if (!box) throw new Error('no Cramp now');
      await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2, { steps: 4 });
      pointerAt.set(page, { x: box.x + box.width * 0.7, y: box.y + box.height / 2 });
      await page.locator('.cramp-now-button[data-dwell="filling"]').waitFor();
      await page.waitForTimeout(dwellMs / 2);
      await harness.saveScreenshot(page, 'access-dwell');
    });

    it('gives every dwell target in every view at least 44×44 px and 8 px to the next', async () => {
      /** Presses a control from the page itself: no pointer rests anywhere while the views change. */
      const press = (css: string, text?: string) =>
        page.evaluate(
          ({ css, text }) => {
            const found = [...document.querySelectorAll<HTMLElement>(css)].find(
              (element) => !text || (element.textContent ?? '').includes(text),
            );
            if (!found) throw new Error(`no ${css} ${text ?? ''}`);
            found.click();
          },
          { css, text },
        );
      const open = async (name: string) => {
        await press('.section-menu-button');
        await press('nav[data-scan-group="nav"] button', name);
      };
      const views: [string, () => Promise<void>, string][] = [
        ['home', async () => {}, '.home-actions'],
        ['compression', () => page.keyboard.press('1'), 'article[data-technique="compression"]'],
        ['stretching', () => page.keyboard.press('2'), 'article[data-technique="stretching"]'],
        ['contrast', () => page.keyboard.press('3'), 'article[data-technique="contrast"]'],
        ['reciprocal', () => page.keyboard.press('4'), 'article[data-technique="reciprocal"]'],
        ['picker', () => open('Help me choose'), '.picker-answers'],
        ['finder map', () => open('Muscle finder'), '.body-map'],
        [
          'finder card',
          async () => {
            await open('Muscle finder');
            await page.locator('#finder-query').fill('calf');
          },
          '.muscle-card-safety',
        ],
        ['timer', () => open('Contrast timer'), '[data-command="start"]'],
        [
          'timer running',
          async () => {
            await resetTimer(page);
            await open('Contrast timer');
            await page.locator('[data-command="start"]').waitFor();
            await press('[data-command="start"]');
          },
          '[data-command="pause"]',
        ],
        ['log', () => open('Cramp log'), '.log-form-actions'],
        ['cramp now', () => press('.cramp-now-button'), '[data-scan-group="first-places"]'],
        [
          'cramp calf',
          async () => {
            await press('.cramp-now-button');
            await page.locator('[data-scan-group="first-places"] [data-group="calf"]').waitFor();
            await press('[data-scan-group="first-places"] [data-group="calf"]');
          },
          '#cramp-instruction',
        ],
        ['settings', () => open('Settings'), '[data-scan-group="text-size"]'],
        ['about', () => open('Safety and sources'), 'main h2'],
      ];
      const failures: string[] = [];
      let checked = 0;
      for (const [name, show, ready] of views) {
        await page.reload();
        await page.locator('.method-strip').waitFor();
        await page.locator('.access-dwell-ring').waitFor({ state: 'attached' });
        await show();
        await page.locator(ready).first().waitFor();
        // Every closed disclosure opened, so what is inside is measured too; and the pointer (not
        // moved in this test) counts as gone, so nothing fills while the view is measured.
        await page.evaluate(() => {
          document.documentElement.dispatchEvent(new PointerEvent('pointerleave'));
          for (const details of document.querySelectorAll('main details')) details.setAttribute('open', '');
        });
        // What the dwell layer treats as a control target (its scroll areas aside).
        const found = await page.evaluate((selector) => {
          // Something pinned (the header, the log form's Save bar) lies over what scrolls under it:
          // targets on either side of it are not side by side.
          const pinned = (element: Element) => {
            for (let at: Element | null = element; at; at = at.parentElement) {
              const position = getComputedStyle(at).position;
              if (position === 'sticky' || position === 'fixed') return at;
            }
            return null;
          };
          const targets = [...document.querySelectorAll<HTMLElement>(selector)].filter(
            (element) =>
              !element.closest('[data-scan-ignore]') &&
              element.checkVisibility() &&
              // A control inside a label is the label's one target.
              !(element.parentElement?.closest('label') && !element.matches('label')),
          );
          const name = (element: Element) =>
            `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''} "${(element.textContent ?? element.getAttribute('aria-label') ?? '').trim().slice(0, 24)}"`;
          const boxes = targets
            .map((element) => ({ element, box: element.getBoundingClientRect() }))
            .filter(({ box }) => box.width > 0 && box.height > 0);
          const problems: string[] = [];
          for (const { element, box } of boxes) {
            if (box.width < 43.5 || box.height < 43.5)
              problems.push(`${name(element)} is ${Math.round(box.width)}×${Math.round(box.height)}`);
          }
          for (let i = 0; i < boxes.length; i++) {
            for (let j = i + 1; j < boxes.length; j++) {
              const a = boxes[i] as (typeof boxes)[number];
              const b = boxes[j] as (typeof boxes)[number];
              if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
              if (pinned(a.element) !== pinned(b.element)) continue;
              const dx = Math.max(0, b.box.left - a.box.right, a.box.left - b.box.right);
              const dy = Math.max(0, b.box.top - a.box.bottom, a.box.top - b.box.bottom);
              const gap = Math.hypot(dx, dy);
              if (gap < 7.5)
                problems.push(`${name(a.element)} and ${name(b.element)} are ${gap.toFixed(1)} px apart`);
            }
          }
          return { count: boxes.length, problems };
        }, dwellControlSelector);
        checked += found.count;
        failures.push(...found.problems.map((problem) => `${name}: ${problem}`));
        if (name === 'timer running') await expect(harness.timerCommand(page, 'stop')).resolves.toBe('ok');
      }
      await harness.timerCommand(page, 'acknowledge');
      console.log(
        `dwell targets checked: ${checked} in ${views.length} views, ${failures.length} too small or close`,
      );
      expect(failures).toEqual([]);
    });

    it('acknowledges in the caregiver window by resting on it', async () => {
      const printed = await caregiverJourney(browser, page, async (window, steps) => {
        await window.mouse.move(5, 5);
        pointerAt.set(window, { x: 5, y: 5 });
        const started = Date.now();
        await byDwell(window, steps, dwellMs);
        return `dwell, caregiver window: ${((Date.now() - started) / 1000).toFixed(1)} s`;
      });
      report.push(printed);
    });
  });
});

/** Reads the synced "How I use the panel" setting from an extension page. */
const storedInputMode = (page: Page) =>
  page.evaluate(
    async () =>
      (
        (await (
          globalThis as unknown as {
            chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } };
          }
        ).chrome.storage.sync.get('inputMode')) as { inputMode?: Partial<InputModeSettings> }
      ).inputMode,
  );

describe('the first-run offer "How do you use the panel?"', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await (await scaled()).launchExtension();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('shows once on a fresh profile, saves the mode chosen, and never shows again', async () => {
    const page = await harness.openExtensionPage(browser);
    await page.locator('.method-strip').waitFor();
    const offer = page.locator('.access-offer');
    await offer.waitFor();
    await expect(page.locator('.access-offer').count()).resolves.toBe(1);
    await offer.scrollIntoViewIfNeeded();
    await expectOnScreen(page, '.access-offer h2');
    await expectOnScreen(page, '[data-offer="two-switches"]');
    await expect(storedInputMode(page)).resolves.toBeUndefined();

    await page.locator('[data-offer="two-switches"]').click();
    // Answered: the offer goes, the mode is on at once (the highlight), and it is in sync storage.
    await offer.waitFor({ state: 'detached' });
    await page.locator('[data-scan-highlight]').first().waitFor({ state: 'attached' });
    await expect
      .poll(() => storedInputMode(page))
      .toMatchObject({ mode: 'two-switches', offered: true, moveKey: ' ', selectKey: 'Enter' });

    // Never again: not after a reload, nor in a new panel page, once the setting is read (scanning on).
    await page.reload();
    const second = await harness.openExtensionPage(browser);
    for (const opened of [page, second]) {
      await opened.locator('.method-strip').waitFor();
      await opened.locator('[data-scan-highlight]').first().waitFor({ state: 'attached' });
      await expect(opened.locator('.access-offer').count()).resolves.toBe(0);
    }
    await second.close();
    await page.close();
  });
});
