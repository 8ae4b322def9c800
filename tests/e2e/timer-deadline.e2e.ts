import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { stepLetter } from '../../lib/contrast/protocol';
// C H C of 10 minutes each, no heads-ups, no pack-change time (the worker's unit tests use it too).
import { oneRoundNoHeadsUps as fast } from '../support/timerSettings';
import { englishMessage } from './locale';
import { scaledHarness } from './scaledBuild';
import {
  alertNotification,
  alerts,
  type StoredState,
  setSettings,
  shownAlerts,
  waitForState,
} from './timerStorage';

// Its own time-scaled build, slower than timer.e2e.ts's: 20 protocol minutes last 12 s, so the worker
// can be stopped well before each deadline even when a stop through DevTools takes seconds under load.
const scale = 100;
const outDir = '.output-scaled-deadline';

type Harness = typeof import('./harness');
let harness: Harness;

/** Phase length, in protocol minutes: the longest a setting allows (12 s here). */
const phaseMinutes = 20;
/** A protocol minute in this build (real ms). */
const minuteMs = 60_000 / scale;
/**
 * How long a check that follows a state write may poll: well under a phase, so a late read fails with
 * the value it saw instead of passing on (or failing with) the next phase's.
 */
const withinPhaseMs = 3000;
/**
 * The worker raises the alert within 1 s of the deadline (checked on `raisedAt`); the probe page, polling
 * storage through DevTools round trips on a loaded machine, sees it stored within this.
 */
const observedWithinMs = 2500;

/**
 * The badge shows the phase's letter and the whole protocol minutes left. The exact count lives one
 * protocol minute (600 ms here), so it is checked against `endsAt` at the moment of reading: never
 * fewer minutes than are left (it may lag its refresh alarm by a little, never run ahead), never more
 * than the phase holds.
 */
async function expectBadge(page: Page, state: StoredState, letter: string) {
  const endsAt = state.endsAt ?? 0;
  let seen = '';
  await expect
    .poll(
      async () => {
        seen = await page.evaluate(() => chrome.action.getBadgeText({}));
        const readAt = Date.now();
        const match = /^(\d+)(\D+)$/.exec(seen);
        if (!match || match[2] !== letter) return `${seen} (expected the letter ${letter})`;
        const minutes = Number(match[1]);
        const atLeast = Math.ceil(Math.max(0, endsAt - readAt) / minuteMs);
        return minutes >= atLeast && minutes <= phaseMinutes
          ? 'ok'
          : `${seen} (expected ${atLeast} to ${phaseMinutes} minutes)`;
      },
      { timeout: withinPhaseMs },
    )
    .toBe('ok');
  return seen;
}

describe('contrast timer deadlines in Chromium (time-scaled build)', () => {
  beforeAll(async () => {
    harness = await scaledHarness(scale, outDir);
  }, 120_000);

  it('changes phase within 1 s of each deadline with the worker stopped before it, notifying and updating the badge', async () => {
    const browser = await harness.launchExtension();
    try {
      const { page, region } = await harness.openTimer(browser);
      // 20-minute phases (4 s here) leave room for the checks and the worker stops between deadlines on
      // a loaded machine.
      await setSettings(page, { ...fast, coldMinutes: phaseMinutes, hotMinutes: phaseMinutes }, alerts);
      await page.reload();
      await harness.showTimer(page);
      await expect
        .poll(() => region.getByTestId('timer-plan').textContent())
        .toMatch(/^3 phases, 60 min: cold 20 min, warm 20 min · /);
      await region.getByRole('button', { name: 'Start', exact: true }).click();
      let state = await waitForState(page, (s) => s.status === 'running');
      await expectBadge(page, state, stepLetter.cold);
      // Close the panel: from now on only the worker's alarms drive the session.
      await page.close();
      const probe = await harness.openExtensionPage(browser, 'alert.html');
      const lateness: number[] = [];
      const stopTimes: number[] = [];
      const timedStop = async () => {
        const started = Date.now();
        await harness.stopServiceWorker(browser);
        return Date.now() - started;
      };
      const expected = [
        { step: 1, letter: stepLetter.hot, text: englishMessage('timerAlertHot', String(phaseMinutes)) },
        { step: 2, letter: stepLetter.cold, text: englishMessage('timerAlertCold', String(phaseMinutes)) },
        { step: 3, letter: null, text: englishMessage('timerAlertFinished') },
      ];
      for (const next of expected) {
        const deadline = state.endsAt ?? 0;
        // Stop the worker now, and again late in the phase if that stop can still start 4 s ahead of the
        // deadline (a badge alarm may have woken it; a stop through DevTools took up to 5 s on a
        // loaded 2-core machine): the worker that takes the deadline is one started after a stop, with
        // nothing in memory from before it, working from storage alone.
        stopTimes.push(await timedStop());
        const lastStop = deadline - 4000 - Date.now();
        if (lastStop > 0) {
          await probe.waitForTimeout(lastStop);
          stopTimes.push(await timedStop());
        }
        expect(Date.now(), 'the last stop finished before the deadline').toBeLessThan(deadline);
        state = await waitForState(probe, (s) => (s.session?.stepIndex ?? -1) >= next.step);
        const seenAt = Date.now();
        const late = (state.session?.alert?.raisedAt ?? Number.NaN) - deadline;
        lateness.push(late);
        // Chrome may deliver an alarm a few ms before its time; the machine treats ≤ 50 ms early as on time.
        expect(late).toBeGreaterThanOrEqual(-50);
        expect(late).toBeLessThanOrEqual(1000);
        expect(seenAt - deadline, 'the probe saw the new phase').toBeLessThanOrEqual(observedWithinMs);
        expect(state.session?.stepIndex).toBe(next.step);
        expect(state.status).toBe(next.step === 3 ? 'finished' : 'running');
        // The worker sets the badge before it stores the state, and shows the notification after it:
        // both are checked well inside the phase (a poll as long as the phase would end on the next one's).
        if (next.letter) await expectBadge(probe, state, next.letter);
        else await expect(probe.evaluate(() => chrome.action.getBadgeText({}))).resolves.toBe('');
        // One notification at a time: this alert's, the previous one taken down.
        await expect
          .poll(() => shownAlerts(probe), { timeout: withinPhaseMs })
          .toEqual([alertNotification(state)]);
        if (next.step === 1) {
          // Reopen the panel mid-session: it shows the true phase.
          const reopened = await harness.openTimer(browser);
          await expect(reopened.region.getByTestId('timer-phase').textContent()).resolves.toContain(
            englishMessage('timerPhaseHotLong'),
          );
          await expect(reopened.region.getByRole('button', { name: 'Pause' }).count()).resolves.toBe(1);
          await expect(reopened.region.getByRole('alert').first().textContent()).resolves.toContain(
            next.text,
          );
          await reopened.page.close();
          expect(Date.now(), 'the checks fit inside the phase').toBeLessThan(state.endsAt ?? 0);
        }
      }
      console.log(`Timer e2e lateness per transition (ms): ${lateness.map((l) => l.toFixed(0)).join(', ')}`);
      console.log(`Timer e2e worker stops took (ms): ${stopTimes.join(', ')}`);
      const history = await probe.evaluate(
        async () => (await chrome.storage.local.get('contrastHistory')).contrastHistory,
      );
      expect(history).toMatchObject([{ outcome: 'finished', phasesCompleted: 3, totalPhases: 3 }]);
    } finally {
      await browser.close();
    }
  });
});
