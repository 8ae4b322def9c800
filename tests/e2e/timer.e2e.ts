import { beforeAll, describe, expect, it } from 'vitest';
// C H C of 10 minutes each, no heads-ups, no pack-change time (the worker's unit tests use it too).
import { oneRoundNoHeadsUps as fast } from '../support/timerSettings';
import { englishMessage } from './locale';
import { scaledHarness } from './scaledBuild';
import { alertNotification, alerts, readState, setSettings, shownAlerts, waitForState } from './timerStorage';

// The suite runs on its own time-scaled build: 10 protocol minutes last 2 s.
const scale = 300;
const outDir = '.output-scaled';

type Harness = typeof import('./harness');
let harness: Harness;

describe('contrast timer in Chromium (time-scaled build)', () => {
  beforeAll(async () => {
    harness = await scaledHarness(scale, outDir);
  }, 120_000);

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
      // Issue 17 item 5: no Acknowledge beside the two choices, and silencing the alert (the shortcut,
      // the notification's button) leaves the explanation, after a reload too, until a choice is made.
      await expect(reopened.region.getByRole('button', { name: 'Acknowledge' }).count()).resolves.toBe(0);
      await expect(harness.timerCommand(reopened.page, 'acknowledge')).resolves.toBe('ok');
      await waitForState(reopened.page, (s) => s.status === 'interrupted' && s.session?.alert === null);
      await reopened.page.reload();
      reopened.region = await harness.showTimer(reopened.page);
      await expect
        .poll(() => reopened.region.locator('.timer-alert').textContent())
        .toMatch(/Cold phase ended at \d\d?:\d\d.* while the browser was closed/);
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

  it('a phase alert shows as a banner with Acknowledge on the first screen, in one live region', async () => {
    const browser = await harness.launchExtension();
    try {
      const { page, region } = await harness.openTimer(browser);
      // The hot phase's alert after 1 s, then 4 s of hot phase (the longest) in which it waits.
      await setSettings(page, { ...fast, coldMinutes: 5, hotMinutes: 20 }, alerts);
      await region.getByRole('button', { name: 'Start', exact: true }).click();
      const alerted = await waitForState(page, (s) => s.session?.alert?.kind === 'phase');
      const seen = () =>
        page.evaluate(() => {
          const view = document.querySelector('section[aria-labelledby="timerSection-title"]');
          const banner = view?.querySelector<HTMLElement>('.timer-alert[role="alert"]');
          const ack = [...(view?.querySelectorAll('button') ?? [])].find(
            (b) => b.textContent?.trim() === 'Acknowledge',
          );
          // Visible means the element itself is drawn at its centre, not the pinned part over it.
          const shown = (el: Element | null | undefined) => {
            if (!el) return false;
            const r = el.getBoundingClientRect();
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return hit !== null && el.contains(hit) && r.bottom <= innerHeight;
          };
          const text = banner?.textContent?.trim() ?? '';
          const live = [
            ...document.querySelectorAll('[aria-live], [role="alert"], [role="status"], [role="log"]'),
          ].filter((el) => text !== '' && (el.textContent ?? '').includes(text));
          return { banner: shown(banner), acknowledge: shown(ack), liveRegions: live.length };
        });
      // Polled in 100 ms steps well inside the 4 s the alert waits.
      await expect
        .poll(seen, { timeout: 2500, interval: 100 })
        .toEqual({ banner: true, acknowledge: true, liveRegions: 1 });
      await expect(region.getByRole('alert').textContent()).resolves.toBe(
        englishMessage('timerAlertHot', '20'),
      );
      expect(alerted.session?.alert?.kind).toBe('phase');
      // Acknowledge ignores presses in its first 600 ms (TimerControls' newControlGuardMs).
      await page.waitForTimeout(700);
      await region.getByRole('button', { name: 'Acknowledge' }).click();
      await waitForState(page, (s) => s.session?.alert === null);
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
      // Alerts at 3 s (warm) and 7 s (cold). Two rounds, so phases follow the second alert (4 s, 3 s):
      // under load the Stop press may come late, but never after the session has ended by itself.
      await setSettings(
        page,
        { ...fast, rounds: 2, coldMinutes: 15, hotMinutes: 20 },
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
      const stopped = await waitForState(page, (s) => s.status === 'stopped');
      await expect(page.evaluate(() => chrome.action.getBadgeText({}))).resolves.toBe('');
      // Only the 10 s undo window's end (and its backup) stays armed; when it passes, nothing, and the
      // session is in the history.
      const alarmKinds = async () =>
        (await page.evaluate(() => chrome.alarms.getAll())).map((a) => a.name.split('|')[1]).sort();
      await expect.poll(alarmKinds).toEqual(['backup', 'undo']);
      await expect.poll(alarmKinds, { timeout: 20_000 }).toEqual([]);
      // The record is written just after the alarms are cleared (the same event): poll for it.
      await expect
        .poll(() =>
          page.evaluate(async () => (await chrome.storage.local.get('contrastHistory')).contrastHistory),
        )
        .toMatchObject([{ id: stopped.session?.id, outcome: 'stopped' }]);
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

  // Issue 13, item 4: the timer's settings live in one place; the timer view shows the plan in one line.
  it('shows the plan in one line; Change opens the one settings form, whose save the line then shows', async () => {
    const browser = await harness.launchExtension();
    try {
      const { page, region } = await harness.openTimer(browser);
      await setSettings(page, { ...fast, coldMinutes: 3, hotMinutes: 4 }, { ...alerts, speech: true });
      const line = region.getByTestId('timer-plan');
      await expect
        .poll(() => line.textContent())
        .toBe('3 phases, 10 min: cold 3 min, warm 4 min · notification, chime, spoken');
      // No settings form in the timer view, and the line and Change are drawn on the first screen.
      await expect(region.locator('form, fieldset.timer-form').count()).resolves.toBe(0);
      // Drawn (elementFromPoint reaches it, not the pinned part) and, unless `scrolled`, on the first screen.
      const onFirstScreen = (selector: string, scrolled = false) =>
        page.evaluate(
          ([css, anywhere]) => {
            const el = document.querySelector<HTMLElement>(css);
            if (!el) return 'missing';
            const r = el.getBoundingClientRect();
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            if (!hit || !el.contains(hit)) return `covered by ${hit?.outerHTML.slice(0, 60)}`;
            if (anywhere) return r.top >= 0 && r.bottom <= innerHeight ? 'shown' : `off screen (${r.top})`;
            return r.bottom + scrollY <= innerHeight
              ? 'shown'
              : `below the first screen (${r.bottom + scrollY})`;
          },
          [selector, scrolled] as const,
        );
      await expect.poll(() => onFirstScreen('[data-testid="timer-plan"]')).toBe('shown');
      await expect.poll(() => onFirstScreen('.timer-plan button')).toBe('shown');
      // By keyboard: Change opens Settings with focus on the timer's settings, shown below the pinned part.
      const change = region.getByRole('button', { name: 'Change', exact: true });
      await change.focus();
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Change');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('settings-timer-title');
      await expect.poll(() => onFirstScreen('#settings-timer-title', true)).toBe('shown');
      await page.locator('#timer-setting-coldMinutes').fill('5');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await expect
        .poll(
          async () =>
            (
              (await page.evaluate(() => chrome.storage.sync.get('contrastTimerSettings'))) as {
                contrastTimerSettings?: { coldMinutes?: number };
              }
            ).contrastTimerSettings?.coldMinutes,
        )
        .toBe(5);
      await page.getByRole('button', { name: 'Open the contrast timer' }).click();
      await expect
        .poll(() => page.getByTestId('timer-plan').textContent())
        .toBe('3 phases, 14 min: cold 5 min, warm 4 min · notification, chime, spoken');
      await expect(harness.seriousAxeViolations(page)).resolves.toEqual([]);
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
