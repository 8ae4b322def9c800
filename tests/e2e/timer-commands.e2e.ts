import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaledHarness } from './scaledBuild';
import { readState } from './timerStorage';

// Issue 17, item 1: a press that arrives twice (a tremor, a bouncing switch, Enter twice, the same
// press from a second open panel) moves the session on once. Each case starts from the phase the
// previous one reached and checks the step index in storage after the worker has handled every press.

// Its own time-scaled build: 20 protocol minutes last 40 s, far longer than any case here (a phase
// that ends by itself mid-case would move the step too), while the build is the one the timer suite uses.
const scale = 30;
const outDir = '.output-scaled-commands';

type Harness = typeof import('./harness');
let harness: Harness;

/** C H C H C H C of 20 protocol minutes each (40 s here), no pack-change step, no heads-up alerts. */
const settings = {
  coldMinutes: 20,
  hotMinutes: 20,
  rounds: 3,
  swapSeconds: 0,
  hotReadyMinutes: 0,
  endsSoonSeconds: 0,
};
const alerts = {
  sound: false,
  volume: 50,
  repeatUntilAcknowledged: false,
  speech: false,
  caregiverPopup: false,
};

/**
 * The step index once the worker has handled every press sent so far: its commands run one at a time in
 * arrival order, so a `check` sent after the presses answers only after they are all applied. A second
 * wait and check catches a press that was still in flight.
 */
async function settledStep(page: Page): Promise<number | undefined> {
  await expect(harness.timerCommand(page, 'check')).resolves.toBe('ok');
  await page.waitForTimeout(500);
  await expect(harness.timerCommand(page, 'check')).resolves.toBe('ok');
  return (await readState(page))?.session?.stepIndex;
}

/** The centre of `button`, checked to be the element a press there reaches (visible, not covered). */
async function pressPoint(page: Page, button: Locator, command = 'skip') {
  await button.scrollIntoViewIfNeeded();
  const box = await button.boundingBox();
  if (!box) throw new Error('the button has no box');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const hit = await page.evaluate(
    ([px, py]) => {
      const element = document.elementFromPoint(px, py) as HTMLElement | null;
      return element?.dataset.command ?? element?.outerHTML.slice(0, 120) ?? 'nothing';
    },
    [x, y] as const,
  );
  expect(hit).toBe(command);
  return { x, y };
}

describe('timer commands pressed twice (time-scaled build)', () => {
  let browser: Awaited<ReturnType<Harness['launchExtension']>>;
  let page: Page;
  let region: Locator;

  beforeAll(async () => {
    harness = await scaledHarness(scale, outDir);
    browser = await harness.launchExtension();
    ({ page, region } = await harness.openTimer(browser));
    await page.evaluate(
      ([timer, alert]) =>
        chrome.storage.sync.set({ contrastTimerSettings: timer, contrastAlertSettings: alert }),
      [settings, alerts] as const,
    );
    await page.reload();
    region = await harness.showTimer(page);
    await region.getByRole('button', { name: 'Start', exact: true }).click();
    for (let tries = 0; (await readState(page))?.status !== 'running'; tries++) {
      if (tries > 200) throw new Error('the session never started');
      await page.waitForTimeout(50);
    }
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  const skip = () => region.getByRole('button', { name: 'Skip', exact: true });

  it('two clicks on Skip 90 ms apart move on one phase', async () => {
    expect(await settledStep(page)).toBe(0);
    const { x, y } = await pressPoint(page, skip());
    const first = performance.now();
    await page.mouse.click(x, y);
    await page.waitForTimeout(Math.max(0, 90 - (performance.now() - first)));
    const gap = performance.now() - first;
    await page.mouse.click(x, y);
    const step = await settledStep(page);
    console.log(`Double click on Skip ${gap.toFixed(0)} ms apart: step 0 -> ${step}`);
    expect(step).toBe(1);
    expect((await readState(page))?.status).toBe('running');
  });

  it('Enter pressed twice on the focused Skip moves on one phase', async () => {
    expect(await settledStep(page)).toBe(1);
    await skip().focus();
    const first = performance.now();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(Math.max(0, 90 - (performance.now() - first)));
    const gap = performance.now() - first;
    // Focus stays on Skip, so the second Enter presses it again.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.command)).toBe(
      'skip',
    );
    await page.keyboard.press('Enter');
    const step = await settledStep(page);
    console.log(`Enter twice on Skip ${gap.toFixed(0)} ms apart: step 1 -> ${step}`);
    expect(step).toBe(2);
  });

  it('Skip pressed in two open panels 20 ms apart moves on one phase', async () => {
    expect(await settledStep(page)).toBe(2);
    const other = await harness.openTimer(browser);
    try {
      const otherSkip = other.region.getByRole('button', { name: 'Skip', exact: true });
      await otherSkip.waitFor();
      const here = await pressPoint(page, skip());
      const there = await pressPoint(other.page, otherSkip);
      const first = performance.now();
      await page.mouse.click(here.x, here.y);
      await other.page.waitForTimeout(Math.max(0, 20 - (performance.now() - first)));
      // The second panel's press is read with the step it showed at that moment, in one task: on a
      // busy machine the first Skip can reach it before the click does, and a press issued against the
      // new phase is a new press, not a repeat. Either way each phase a panel showed moves on once.
      const shownWhenPressed = await other.page.evaluate(
        ([x, y]) => {
          const shown = Number(
            document.querySelector('[data-testid="timer-phase"]')?.getAttribute('data-step'),
          );
          document
            .elementFromPoint(x, y)
            ?.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: x, clientY: y }));
          return shown;
        },
        [there.x, there.y] as const,
      );
      const gap = performance.now() - first;
      const step = await settledStep(page);
      console.log(
        `Skip in two panels ${gap.toFixed(0)} ms apart (second showed step ${shownWhenPressed}): step 2 -> ${step}`,
      );
      expect(step).toBe(shownWhenPressed + 1);
      // Both panels show the same phase.
      await expect
        .poll(() => other.region.getByTestId('timer-phase').textContent())
        .toBe(await region.getByTestId('timer-phase').textContent());
    } finally {
      await other.page.close();
    }
  });

  it('three quick clicks on Skip do not end the session', async () => {
    const before = (await settledStep(page)) ?? -1;
    expect([3, 4]).toContain(before);
    const { x, y } = await pressPoint(page, skip());
    for (let i = 0; i < 3; i++) {
      if (i > 0) await page.waitForTimeout(90);
      await page.mouse.click(x, y);
    }
    const step = await settledStep(page);
    console.log(`Three clicks on Skip 90 ms apart: step ${before} -> ${step}`);
    expect(step).toBe(before + 1);
    expect((await readState(page))?.status).toBe('running');
  });

  // Issue 13, item 4: Stop sits apart from +1 min, and gives 10 s to undo, through the worker.
  it('Stop sits apart; Undo on the first screen restores the session and its alarm; Stop twice stops once', async () => {
    const before = await readState(page);
    expect(before?.status).toBe('running');
    const stop = region.getByRole('button', { name: 'Stop', exact: true });
    const extend = region.getByRole('button', { name: '+1 min', exact: true });
    const [stopBox, extendBox] = [await stop.boundingBox(), await extend.boundingBox()];
    if (!stopBox || !extendBox) throw new Error('no Stop or +1 min');
    const apart = stopBox.y - (extendBox.y + extendBox.height);
    console.log(`Stop is ${apart.toFixed(0)} px below +1 min, in its own row`);
    expect(apart).toBeGreaterThanOrEqual(24);
    expect(stopBox.y).toBeGreaterThan(extendBox.y + extendBox.height);
    const { x, y } = await pressPoint(page, stop, 'stop');
    await page.mouse.click(x, y);
    await settledStep(page);
    const stopped = (await readState(page)) as typeof before & { endedAt: number; undo?: { until: number } };
    expect(stopped.status).toBe('stopped');
    expect(stopped.session?.id).toBe(before.session?.id);
    expect((stopped.undo?.until ?? 0) - stopped.endedAt).toBe(10_000);
    // Undo is where Pause was, focused, and drawn on the first screen (elementFromPoint reaches it).
    const undoShown = () =>
      page.evaluate(() => {
        const undo = document.querySelector<HTMLElement>('button[data-command="undo"]');
        if (!undo) return 'no Undo';
        const r = undo.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        if (!hit || !undo.contains(hit)) return `covered by ${hit?.outerHTML.slice(0, 80)}`;
        if (r.bottom + scrollY > innerHeight) return `below the first screen (${r.bottom + scrollY} px)`;
        return document.activeElement === undo ? 'shown, focused' : 'shown, not focused';
      });
    await expect.poll(undoShown, { timeout: 5000, interval: 50 }).toBe('shown, focused');
    // Alarms now: only the undo window's end (and its backup); the phase's deadline went with the stop.
    const alarms = () => page.evaluate(() => chrome.alarms.getAll());
    expect((await alarms()).map((a) => a.name.split('|')[1]).sort()).toEqual(['backup', 'undo']);
    // Undo ignores presses in its first 600 ms (newControlGuardMs), then restores.
    await page.waitForTimeout(700);
    const undo = region.getByRole('button', { name: 'Undo', exact: true });
    const at = await pressPoint(page, undo, 'undo');
    await page.mouse.click(at.x, at.y);
    await expect.poll(async () => (await readState(page))?.status).toBe('running');
    const restored = await readState(page);
    expect(restored.session?.id).toBe(before.session?.id);
    expect(restored.session?.stepIndex).toBe(before.session?.stepIndex);
    expect(restored.endsAt).toBe(before.endsAt);
    // The worker re-armed the phase's deadline at its stored time; focus is on the restored Pause.
    await expect
      .poll(async () => (await alarms()).find((a) => a.name.startsWith('contrast|end|'))?.scheduledTime)
      .toBe(before.endsAt);
    expect((await alarms()).some((a) => a.name.includes('|undo|'))).toBe(false);
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.command))
      .toBe('pause');
    // Two clicks on Stop 90 ms apart (a tremor): one stop; the second lands on what replaced Stop, harmlessly.
    // (Stop, back after Undo, is new again: it ignores presses for its first 600 ms.)
    await page.waitForTimeout(700);
    const again = await pressPoint(page, stop, 'stop');
    await page.mouse.click(again.x, again.y);
    await page.waitForTimeout(90);
    const second = await page.evaluate(
      ([px, py]) => (document.elementFromPoint(px, py) as HTMLElement | null)?.outerHTML.slice(0, 60),
      [again.x, again.y] as const,
    );
    await page.mouse.click(again.x, again.y);
    console.log(`Second click on Stop's place landed on ${second}`);
    await settledStep(page);
    expect(await readState(page)).toMatchObject({ status: 'stopped', session: { id: before.session?.id } });
    await expect.poll(undoShown, { timeout: 5000, interval: 50 }).toMatch(/^shown/);
    await page.waitForTimeout(700);
    await region.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(async () => (await readState(page))?.status).toBe('running');
    // Nothing was recorded for the session: it goes on.
    const history = await page.evaluate(
      async () => (await chrome.storage.local.get('contrastHistory')).contrastHistory,
    );
    expect(history ?? []).toEqual([]);
  });

  // Issue 17, item 5: a second Stop that lands on Done (which replaced it) must not dismiss the summary.
  it('a repeated press arriving on Done as it replaces Stop does not dismiss the summary', async () => {
    const stop = region.getByRole('button', { name: 'Stop', exact: true });
    await stop.click();
    // The repeat arrives the moment Done is drawn (a tremor's second press), in the page's own task.
    const pressedAfter = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const start = performance.now();
          const look = () => {
            const done = document.querySelector<HTMLButtonElement>('button[data-command="acknowledge"]');
            if (done) {
              done.click();
              resolve(performance.now() - start);
            } else if (performance.now() - start > 10_000) resolve(Number.NaN);
            else setTimeout(look, 1);
          };
          look();
        }),
    );
    console.log(`Second press on Done ${pressedAfter.toFixed(0)} ms after the Stop click`);
    expect(pressedAfter).not.toBeNaN();
    await settledStep(page);
    expect((await readState(page))?.status).toBe('stopped');
    await expect(region.locator('.timer-summary').count()).resolves.toBe(1);
    // A moment later Done works (the click waits while it is aria-disabled).
    await region.getByRole('button', { name: 'Done', exact: true }).click();
    await expect.poll(async () => (await readState(page))?.status).toBe('idle');
  });
});
