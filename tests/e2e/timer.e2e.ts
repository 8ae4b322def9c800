import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { stepLetter } from '../../lib/contrast/protocol';
// C H C of 10 minutes each, no heads-ups, no pack-change time (the worker's unit tests use it too).
import { oneRoundNoHeadsUps as fast } from '../support/timerSettings';
import { englishMessage } from './locale';
import { scaledHarness } from './scaledBuild';

// The suite runs on its own time-scaled build: 10 protocol minutes last 2 s.
const scale = 300;
const outDir = '.output-scaled';

type Harness = typeof import('./harness');
let harness: Harness;

const stateKey = 'contrastTimerState';
const alerts = {
  sound: true,
  volume: 50,
  repeatUntilAcknowledged: false,
  speech: false,
  caregiverPopup: false,
};

interface StoredState {
  status: string;
  endsAt?: number;
  missedAt?: number;
  session?: {
    id: string;
    stepIndex: number;
    alert: { id: number; kind: string; raisedAt: number; chimes: number } | null;
  };
}

/** Phase length of the deadline test, in protocol minutes: the longest a setting allows (4 s here). */
const phaseMinutes = 20;
/** A protocol minute in this build (real ms). */
const minuteMs = 60_000 / scale;
/**
 * How long a check that follows a state write may poll: well under a phase, so a late read fails with
 * the value it saw instead of passing on (or failing with) the next phase's.
 */
const withinPhaseMs = 1500;

/**
 * The badge shows the phase's letter and the whole protocol minutes left. The exact count lives one
 * protocol minute (200 ms here), so it is checked against `endsAt` at the moment of reading: never
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

/** The notification id of the state's pending alert (each alert has its own). */
const alertNotification = (state: StoredState) =>
  `contrast-timer-alert:${state.session?.id}#${state.session?.alert?.id}`;

/** The ids of the timer's alert notifications showing now. */
const shownAlerts = (page: Page) =>
  page.evaluate(async () =>
    Object.keys(await chrome.notifications.getAll()).filter((id) => id.startsWith('contrast-timer-alert:')),
  );

/** Writes the synced settings from an extension page, as the settings forms would. */
async function setSettings(page: Page, timer: object, alert: object) {
  await page.evaluate(
    ([timerSettings, alertSettings]) =>
      chrome.storage.sync.set({ contrastTimerSettings: timerSettings, contrastAlertSettings: alertSettings }),
    [timer, alert] as const,
  );
}

const readState = (page: Page) =>
  page.evaluate(async (key) => (await chrome.storage.local.get(key))[key], stateKey) as Promise<StoredState>;

/** Polls storage from an extension page (never sleeps blindly) until `test` holds. */
async function waitForState(page: Page, test: (s: StoredState) => boolean, timeoutMs = 8000) {
  const started = Date.now();
  for (;;) {
    const state = await readState(page);
    if (state && test(state)) return state;
    if (Date.now() - started > timeoutMs)
      throw new Error(`timer state never matched; last: ${JSON.stringify(state)}`);
    await page.waitForTimeout(20);
  }
}

describe('contrast timer in Chromium (time-scaled build)', () => {
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
        .poll(() => region.getByText('Total: 60 minutes, 3 phases', { exact: false }).count())
        .toBe(1);
      await region.getByRole('button', { name: 'Start', exact: true }).click();
      let state = await waitForState(page, (s) => s.status === 'running');
      await expectBadge(page, state, stepLetter.cold);
      // Close the panel: from now on only the worker's alarms drive the session.
      await page.close();
      const probe = await harness.openExtensionPage(browser, 'alert.html');
      const lateness: number[] = [];
      const expected = [
        { step: 1, letter: stepLetter.hot, text: englishMessage('timerAlertHot', String(phaseMinutes)) },
        { step: 2, letter: stepLetter.cold, text: englishMessage('timerAlertCold', String(phaseMinutes)) },
        { step: 3, letter: null, text: englishMessage('timerAlertFinished') },
      ];
      for (const next of expected) {
        const deadline = state.endsAt ?? 0;
        // Stop the worker now, and again later in the phase if that stop can still start 2.5 s ahead of
        // the deadline (a badge alarm may have woken it; a stop through DevTools took up to 2 s on a
        // loaded 2-core machine): the worker that takes the deadline is one started after a stop, with
        // nothing in memory from before it, working from storage alone.
        await harness.stopServiceWorker(browser);
        const lastStop = deadline - 2500 - Date.now();
        if (lastStop > 0) {
          await probe.waitForTimeout(lastStop);
          await harness.stopServiceWorker(browser);
        }
        expect(Date.now(), 'the last stop finished before the deadline').toBeLessThan(deadline);
        state = await waitForState(probe, (s) => (s.session?.stepIndex ?? -1) >= next.step);
        const seenAt = Date.now();
        const late = (state.session?.alert?.raisedAt ?? Number.NaN) - deadline;
        lateness.push(late);
        // Chrome may deliver an alarm a few ms before its time; the machine treats ≤ 50 ms early as on time.
        expect(late).toBeGreaterThanOrEqual(-50);
        expect(late).toBeLessThanOrEqual(1000);
        expect(seenAt - deadline).toBeLessThanOrEqual(1500);
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
      const history = await probe.evaluate(
        async () => (await chrome.storage.local.get('contrastHistory')).contrastHistory,
      );
      expect(history).toMatchObject([{ outcome: 'finished', phasesCompleted: 3, totalPhases: 3 }]);
    } finally {
      await browser.close();
    }
  });

  it('after a browser restart past a deadline, says what happened and lets the user choose', async () => {
    const first = await harness.launchExtension();
    const { page, region } = await harness.openTimer(first);
    // A 20-minute cold phase (4 s) the browser closes well inside, then a 4 s hot one to look at.
    await setSettings(page, { ...fast, coldMinutes: 20, hotMinutes: 20 }, alerts);
    await region.getByRole('button', { name: 'Start', exact: true }).click();
    const running = await waitForState(page, (s) => s.status === 'running');
    await first.close({ keepProfile: true });
    expect(Date.now(), 'the browser closed before the deadline').toBeLessThan(running.endsAt ?? 0);
    // Stay closed past the cold phase's deadline and the grace period (3 s).
    const wait = (running.endsAt ?? 0) + 4000 - Date.now();
    await new Promise((done) => setTimeout(done, Math.max(0, wait)));

    const second = await harness.launchExtension({ userDataDir: first.userDataDir });
    try {
      const reopened = await harness.openTimer(second);
      const state = await waitForState(reopened.page, (s) => s.status === 'interrupted');
      expect(state.missedAt).toBe(running.endsAt);
      expect(state.session?.stepIndex).toBe(0);
      const notice = reopened.region.getByRole('alert').first();
      await expect
        .poll(() => notice.textContent())
        .toMatch(/Cold phase ended at \d\d?:\d\d.* while the browser was closed/);
      await expect(harness.seriousAxeViolations(reopened.page)).resolves.toEqual([]);
      await harness.saveScreenshot(reopened.page, 'timer-interrupted');
      await expect(
        reopened.region.getByRole('button', { name: 'Remove the pack and stop' }).count(),
      ).resolves.toBe(1);
      await reopened.region.getByRole('button', { name: 'Continue from the next phase' }).click();
      const continued = await waitForState(reopened.page, (s) => s.status === 'running');
      expect(continued.session?.stepIndex).toBe(1);
      await expect
        .poll(() => reopened.region.getByTestId('timer-phase').textContent())
        .toContain(englishMessage('timerPhaseHotLong'));
      await reopened.region.getByRole('button', { name: 'Stop', exact: true }).click();
      await waitForState(reopened.page, (s) => s.status === 'stopped');
    } finally {
      await second.close();
    }
  });

  it('repeats the chime until acknowledged, and acknowledging stops it', async () => {
    const browser = await harness.launchExtension();
    try {
      const { page, region } = await harness.openTimer(browser);
      await setSettings(
        page,
        // The hot phase's alert after 1 s, then 4 s of hot phase for the checks: no other alert comes.
        { ...fast, coldMinutes: 5, hotMinutes: 20 },
        { ...alerts, repeatUntilAcknowledged: true, caregiverPopup: true },
      );
      const popupOpened = browser.context.waitForEvent('page', {
        predicate: (p) => p.url().endsWith('/alert.html'),
        timeout: 10_000,
      });
      await region.getByRole('button', { name: 'Start', exact: true }).click();
      // The chime repeats every 30 protocol seconds (100 ms here): wait for two repeats.
      const ringing = await waitForState(page, (s) => (s.session?.alert?.chimes ?? 0) >= 3);
      expect(ringing.session?.alert?.kind).toBe('phase');
      // Chrome plays it through the offscreen document.
      const contexts = await page.evaluate(() =>
        chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] }),
      );
      expect(contexts.length).toBe(1);
      // The caregiver window opened with the alert in large print.
      const popup = await popupOpened;
      await expect
        .poll(() => popup.getByRole('alert').textContent())
        .toBe(englishMessage('timerAlertHot', '20'));
      await region.getByRole('button', { name: 'Acknowledge' }).click();
      const quiet = await waitForState(page, (s) => s.session?.alert === null);
      // The worker re-arms right after writing the state: the chime alarm goes.
      await expect
        .poll(async () =>
          (await page.evaluate(() => chrome.alarms.getAll())).filter((a) => a.name.includes('|chime|')),
        )
        .toEqual([]);
      await page.waitForTimeout(400);
      const later = await readState(page);
      expect(later.session?.alert).toBeNull();
      expect(later.session?.stepIndex).toBe(quiet.session?.stepIndex);
      await region.getByRole('button', { name: 'Stop', exact: true }).click();
    } finally {
      await browser.close();
    }
  });

  it('the offscreen document rings each chime once, even when a restarted worker sends it again', async () => {
    const browser = await harness.launchExtension();
    try {
      const page = await harness.openExtensionPage(browser, 'alert.html');
      const worker = await browser.worker();
      await worker.evaluate(() =>
        chrome.offscreen.createDocument({
          url: 'offscreen.html',
          reasons: ['AUDIO_PLAYBACK' as chrome.offscreen.Reason],
          justification: 'e2e: the chime player',
        }),
      );
      // The offscreen document is an extension view of this origin: count the sounds it starts.
      await expect
        .poll(() =>
          page.evaluate(() => {
            const view = chrome.extension.getViews().find((w) => w.location.pathname === '/offscreen.html');
            if (!view) return false;
            const counted = view as unknown as Window & typeof globalThis & { plays: string[] };
            counted.plays = [];
            const play = counted.HTMLMediaElement.prototype.play;
            counted.HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
              counted.plays.push(this.src);
              return play.call(this);
            };
            return true;
          }),
        )
        .toBe(true);
      // What the worker sends (lib/platform/sound.ts through @webext-core/messaging): the first chime of
      // an alert, the same chime again (a worker stopped before the answer came back), then a repeat.
      const send = (key: string) =>
        worker.evaluate(
          (chimeKey) =>
            chrome.runtime.sendMessage({
              id: Math.random(),
              type: 'playChime',
              data: { volume: 0, key: chimeKey },
              timestamp: Date.now(),
            }),
          key,
        );
      for (const key of ['s#1@1', 's#1@1', 's#1@2', 's#1@2', 's#2@1']) await send(key);
      const plays = () =>
        page.evaluate(
          () =>
            (
              chrome.extension
                .getViews()
                .find((w) => w.location.pathname === '/offscreen.html') as unknown as { plays: string[] }
            ).plays,
        );
      await expect.poll(async () => (await plays()).length).toBe(3);
      expect((await plays()).every((src) => src.endsWith('/sounds/chime.wav'))).toBe(true);
    } finally {
      await browser.close();
    }
  });

  it("the notification's Done and Stop buttons reach the worker through Chrome's own event", async () => {
    const browser = await harness.launchExtension();
    try {
      const { page, region } = await harness.openTimer(browser);
      // Alerts at 3 s (hot) and 7 s (cold): each press lands well inside the phase it answers.
      await setSettings(
        page,
        { ...fast, coldMinutes: 15, hotMinutes: 20 },
        { ...alerts, repeatUntilAcknowledged: true },
      );
      await region.getByRole('button', { name: 'Start', exact: true }).click();
      const ringing = await waitForState(page, (s) => (s.session?.alert?.chimes ?? 0) >= 2);
      await expect.poll(() => shownAlerts(page)).toEqual([alertNotification(ringing)]);
      // Headless Chromium shows no notification to click; dispatching the browser's event object runs
      // the listeners the worker registered at start-up, exactly as a click does.
      const press = async (button: number) => {
        const [shown] = await shownAlerts(page);
        await (await browser.worker()).evaluate(
          ([id, index]) =>
            (
              chrome.notifications.onButtonClicked as unknown as { dispatch(id: string, index: number): void }
            ).dispatch(id, index),
          [shown ?? '', button] as const,
        );
      };
      await press(0); // Done: the chime stops, the session goes on.
      const acknowledged = await waitForState(page, (s) => s.session?.alert === null);
      expect(acknowledged.status).toBe('running');
      await expect
        .poll(async () =>
          (await page.evaluate(() => chrome.alarms.getAll())).filter((a) => a.name.includes('|chime|')),
        )
        .toEqual([]);
      await expect.poll(() => shownAlerts(page)).toEqual([]);
      // The next phase change rings again; Stop ends the session and leaves nothing armed.
      const next = await waitForState(
        page,
        (s) => (s.session?.stepIndex ?? 0) >= 2 && s.session?.alert != null,
        10_000,
      );
      await expect.poll(() => shownAlerts(page)).toEqual([alertNotification(next)]);
      await press(1);
      await waitForState(page, (s) => s.status === 'stopped');
      await expect.poll(() => page.evaluate(() => chrome.alarms.getAll())).toEqual([]);
      await expect(page.evaluate(() => chrome.action.getBadgeText({}))).resolves.toBe('');
    } finally {
      await browser.close();
    }
  });

  it('the keyboard commands start, pause and resume the timer with the panel closed', async () => {
    const browser = await harness.launchExtension();
    try {
      const { page } = await harness.openTimer(browser);
      // A 20-minute cold phase (4 s, the longest allowed): start, pause and resume all fall inside it.
      await setSettings(page, { ...fast, coldMinutes: 20 }, alerts);
      await page.close();
      const probe = await harness.openExtensionPage(browser, 'alert.html');
      // What Alt+Shift+T does: Chrome dispatches the command to the worker's listener.
      const command = async (name: string) =>
        (await browser.worker()).evaluate(
          (commandName) =>
            (chrome.commands.onCommand as unknown as { dispatch(name: string): void }).dispatch(commandName),
          name,
        );
      await command('timer-start-pause');
      const running = await waitForState(probe, (s) => s.status === 'running');
      await command('timer-start-pause');
      await waitForState(probe, (s) => s.status === 'paused');
      await expect.poll(() => probe.evaluate(() => chrome.alarms.getAll())).toEqual([]);
      await command('timer-start-pause');
      const resumed = await waitForState(probe, (s) => s.status === 'running');
      expect(resumed.session?.id).toBe(running.session?.id);
      expect(resumed.session?.stepIndex).toBe(0);
    } finally {
      await browser.close();
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious axe violations on the timer view (${colorScheme}, idle and running)`, async () => {
      const browser = await harness.launchExtension({ colorScheme });
      try {
        const { page, region } = await harness.openTimer(browser);
        // A 20-minute cold phase (4 s, the longest allowed) for the checks and the screenshot.
        await setSettings(page, { ...fast, coldMinutes: 20 }, alerts);
        await expect(harness.seriousAxeViolations(page)).resolves.toEqual([]);
        await region.getByRole('button', { name: 'Start', exact: true }).click();
        await waitForState(page, (s) => s.status === 'running');
        await expect.poll(() => region.getByRole('button', { name: 'Pause' }).count()).toBe(1);
        for (const name of ['Skip', '+1 min', 'Stop']) {
          await expect(region.getByRole('button', { name, exact: true }).count()).resolves.toBe(1);
        }
        await expect(harness.seriousAxeViolations(page)).resolves.toEqual([]);
        await harness.saveScreenshot(page, `timer-running-${colorScheme}`);
        // Text at 200 % in the 360 px panel: nothing runs off the side.
        await page.evaluate(() => {
          document.documentElement.style.fontSize = '200%';
        });
        await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(
          360,
        );
        await page.evaluate(() => {
          document.documentElement.style.fontSize = '';
        });
        await region.getByRole('button', { name: 'Pause' }).click();
        await expect.poll(() => region.getByRole('button', { name: 'Resume' }).count()).toBe(1);
        await region.getByRole('button', { name: 'Stop', exact: true }).click();
      } finally {
        await browser.close();
      }
    });
  }
});
