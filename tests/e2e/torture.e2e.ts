import type { CDPSession, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { scaledHarness } from './scaledBuild';

// Torture test of the contrast timer (issue 6), on a time-scaled build.
// Three sessions back to back while the worker is stopped at random moments (every 1–4 s, and around
// each deadline: before it, after it while its alarm is pending, and the worker its alarm starts), the
// side panel is opened and closed over and over, and the browser is relaunched once mid-session.
// Every phase change must be applied exactly once (alert ids 1..n, each raised once, never
// "interrupted"), announced exactly once (each alert's notification shown once, its chime asked for; a
// chime a restarted worker asks for again is counted and printed: the offscreen document rings each
// chime once, shown in timer.e2e.ts), and the history and the log must end up with exactly three
// sessions.
//
// Random choices come from a seeded generator: the seed is printed, TORTURE_SEED=<n> repeats them.
//
// TORTURE_HARSH=1 goes beyond what Chrome does: it also kills the worker an alarm has just started, a
// few ms into its work, and shortens the pack changes to 250 ms. The product survives that too (the
// backup alarm and the announcement marks; unit-tested in tests/entrypoints/background.stopped.test.ts)
// and passed 3 runs of 3 here, but on a loaded machine a recovery can need more than the scaled 3 s
// grace (a real minute in a real build), which the machine rightly reports as interrupted. So the
// default run, which CI runs, stops the worker only at random moments and around deadlines, as Chrome
// itself can.
const harsh = process.env.TORTURE_HARSH === '1';

// Its own build at 120×: 1 protocol minute = 500 ms, so one session can hold a 10 s phase (room for a
// browser relaunch) while the others stay short. Built into .output-torture (timer.e2e.ts uses 300×).
const scale = 120;
const outDir = '.output-torture';
const seed =
  Number.isInteger(Number(process.env.TORTURE_SEED)) && process.env.TORTURE_SEED
    ? Number(process.env.TORTURE_SEED) >>> 0
    : Math.floor(Math.random() * 2 ** 31);

type Harness = typeof import('./harness');
type ExtensionBrowser = Awaited<ReturnType<Harness['launchExtension']>>;
let harness: Harness;

/** mulberry32: a tiny seeded generator, so a failing run can be repeated with its seed. */
function seeded(value: number): () => number {
  let a = value >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rng = seeded(seed);
const between = (min: number, max: number) => min + rng() * (max - min);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, Math.max(0, ms)));

const stateKey = 'contrastTimerState';
/** Each alert has its own notification: `contrast-timer-alert:<session id>#<alert id>`. */
const notificationPrefix = 'contrast-timer-alert:';
// Sound on (each announcement sends one playChime message we can count), no repeats, no popup.
const alerts = {
  sound: true,
  volume: 10,
  repeatUntilAcknowledged: false,
  speech: false,
  caregiverPopup: false,
};
const base = {
  coldMinutes: 4,
  hotMinutes: 4,
  rounds: 1,
  swapSeconds: 0,
  hotReadyMinutes: 0,
  endsSoonSeconds: 0,
};

interface SessionPlan {
  name: string;
  settings: typeof base;
  /** Steps in the plan (every step change, and the end, raises one alert). */
  steps: number;
  /** Relaunch the browser during this step. */
  relaunchAt?: number;
}
const sessions: SessionPlan[] = [
  // 4-minute phases: 2 s each.
  { name: 'C H C', settings: base, steps: 3 },
  // A 20-minute (10 s) hot phase: the relaunch fits inside it, so no deadline is missed.
  { name: 'C H(20) C, relaunch', settings: { ...base, hotMinutes: 20 }, steps: 3, relaunchAt: 1 },
  // Two rounds with pack changes (90 s = 750 ms; harsh: 30 s = 250 ms): C S H S C S H S C.
  { name: 'C S H S C S H S C', settings: { ...base, rounds: 2, swapSeconds: harsh ? 30 : 90 }, steps: 9 },
];

interface StoredAlert {
  id: number;
  kind: string;
  stepIndex: number;
  raisedAt: number;
}
interface StoredState {
  status: string;
  endsAt?: number;
  session?: { id: string; stepIndex: number; alert: StoredAlert | null; alertCount: number };
}
/**
 * What the probe page saw: every stored state, every chime request (with its key), and how many times
 * each alert notification was shown (by id).
 */
interface Observed {
  states: { seenAt: number; state: StoredState | undefined }[];
  chimes: { at: number; key: string }[];
  notifications: Record<string, number>;
}

/** The probe's side of the notification count: which alert notifications it saw showing last. */
interface ProbeNotifications {
  open: string[];
  /** Every notification the probe saw, by id and time (for the trace). */
  log: { at: number; id: string; what: 'shown' | 'closed' }[];
}

/**
 * An extension page that watches what the product emits: each write of the timer state and each chime
 * the worker asks the offscreen document to play (a runtime message every extension page receives).
 */
async function openProbe(browser: ExtensionBrowser, open: string[] = []): Promise<Page> {
  const probe = await harness.openExtensionPage(browser, 'alert.html');
  await probe.evaluate(
    ([key, prefix, stillOpen]) => {
      const w = window as unknown as { torture: Observed; shown: ProbeNotifications };
      w.torture = { states: [], chimes: [], notifications: {} };
      // Notifications still showing when the last probe closed (a browser relaunch) are not new.
      w.shown = { open: stillOpen, log: [] };
      // A notification shown and taken down between two polls is still counted: Chrome tells every
      // extension page when one closes (also when the worker clears it).
      chrome.notifications.onClosed.addListener((id) => {
        if (!id.startsWith(prefix)) return;
        if (!w.shown.open.includes(id)) w.torture.notifications[id] = (w.torture.notifications[id] ?? 0) + 1;
        w.shown.open = w.shown.open.filter((open) => open !== id);
        w.shown.log.push({ at: Date.now(), id, what: 'closed' });
      });
      // Always the current object: drain() swaps it for an empty one.
      chrome.storage.onChanged.addListener((changes, area) => {
        const change = changes[key];
        if (area === 'local' && change)
          w.torture.states.push({ seenAt: Date.now(), state: change.newValue as StoredState });
      });
      chrome.runtime.onMessage.addListener((message: { type?: string; data?: { key?: string } }) => {
        if (message?.type === 'playChime')
          w.torture.chimes.push({ at: Date.now(), key: `${message.data?.key}` });
      });
    },
    [stateKey, notificationPrefix, open] as const,
  );
  return probe;
}

/**
 * Counts each alert notification each time it comes up: polls which are showing (a notification that
 * comes back after it was closed is a second showing: an alert told twice). Polled from here, not from a
 * timer in the probe: Chromium throttles timers in a background tab to 1 Hz.
 */
class NotificationWatch {
  private running = true;
  private readonly done: Promise<void>;

  constructor(private readonly probe: Page) {
    this.done = (async () => {
      while (this.running) {
        await probe
          .evaluate(async (prefix) => {
            const w = window as unknown as { torture: Observed; shown: ProbeNotifications };
            const showing = Object.keys(await chrome.notifications.getAll()).filter((id) =>
              id.startsWith(prefix),
            );
            for (const id of showing) {
              if (w.shown.open.includes(id)) continue;
              w.torture.notifications[id] = (w.torture.notifications[id] ?? 0) + 1;
              w.shown.log.push({ at: Date.now(), id, what: 'shown' });
            }
            w.shown.open = showing;
          }, notificationPrefix)
          .catch(() => undefined);
        await sleep(10);
      }
    })();
  }

  /** Stops polling; returns the alert notifications showing at the last poll. */
  async halt(): Promise<string[]> {
    this.running = false;
    await this.done;
    return this.probe
      .evaluate(() => (window as unknown as { shown: ProbeNotifications }).shown.open)
      .catch(() => []);
  }
}

/** Everything the probe saw since the last drain (the probe page dies with its browser). */
async function drain(probe: Page, into: Observed): Promise<void> {
  const got = await probe.evaluate(() => {
    const w = window as unknown as { torture: Observed };
    const out = w.torture;
    w.torture = { states: [], chimes: [], notifications: {} };
    return out;
  });
  into.states.push(...got.states);
  into.chimes.push(...got.chimes);
  for (const [id, times] of Object.entries(got.notifications))
    into.notifications[id] = (into.notifications[id] ?? 0) + times;
}

/** The alerts told so far: distinct chimes asked for, and alert notifications shown. */
const told = (observed: Observed) => ({
  chimes: new Set(observed.chimes.map((c) => c.key)).size,
  notifications: Object.keys(observed.notifications).length,
});

const readState = (page: Page) =>
  page.evaluate(async (key) => (await chrome.storage.local.get(key))[key], stateKey) as Promise<
    StoredState | undefined
  >;

async function waitForState(page: Page, test: (s: StoredState) => boolean, timeoutMs: number, what: string) {
  const started = Date.now();
  for (;;) {
    const state = await readState(page);
    if (state && test(state)) return state;
    if (Date.now() - started > timeoutMs)
      throw new Error(`seed ${seed}: ${what} never happened; last state: ${JSON.stringify(state)}`);
    await page.waitForTimeout(15);
  }
}

/** Counters for the report. */
const trace: string[] = [];
const note = (what: string) => trace.push(`@${Date.now() % 100_000} ${what}`);
const stats = { stops: 0, stopsHit: 0, afterDeadlineHits: 0, raceKills: 0, panelOpens: 0, retries: 0 };

/**
 * The chaos around one browser: stops the worker at random moments and opens and closes the side panel
 * (sometimes on the timer view, which asks the worker to check) until halted.
 */
class Chaos {
  private running = true;
  private readonly loops: Promise<void>[];
  readonly errors: unknown[] = [];
  private cdp: Promise<CDPSession> | undefined;

  constructor(private readonly browser: ExtensionBrowser) {
    this.loops = [this.loop(() => this.randomStop()), this.loop(() => this.panelChurn())];
  }

  private async loop(body: () => Promise<void>) {
    while (this.running) {
      try {
        await body();
      } catch (error) {
        if (this.running) this.errors.push(error);
      }
    }
  }

  /** The extension's running service worker target, if any (one browser-level CDP session, reused). */
  private async workerTarget(): Promise<{ cdp: CDPSession; targetId?: string }> {
    this.cdp ??= (async () => {
      const cdp = await this.browser.context.browser()?.newBrowserCDPSession();
      if (!cdp) throw new Error('No browser-level CDP session: cannot stop the worker');
      return cdp;
    })();
    const cdp = await this.cdp;
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    const prefix = `chrome-extension://${this.browser.extensionId}/`;
    const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(prefix));
    return { cdp, targetId: target?.targetId };
  }

  /**
   * Stops the worker now, the way Chrome stops an idle one (CDP Target.closeTarget), and returns at once:
   * unlike the harness, it does not wait for the worker to be gone, so a stop can land mid-event.
   * True if a worker was running.
   */
  async stopWorker(): Promise<boolean> {
    stats.stops++;
    const { cdp, targetId } = await this.workerTarget();
    const hit =
      targetId !== undefined &&
      (await cdp.send('Target.closeTarget', { targetId }).then(
        () => true,
        () => false,
      ));
    if (hit) stats.stopsHit++;
    note(`stop ${hit ? 'hit' : 'none'}`);
    return hit;
  }

  private async randomStop() {
    await sleep(between(1000, 4000));
    if (this.running) await this.stopWorker();
  }

  private async panelChurn() {
    await sleep(between(200, 1200));
    if (!this.running) return;
    stats.panelOpens++;
    const page = await harness.openExtensionPage(this.browser);
    note('panel open');
    try {
      if (rng() < 0.6) {
        await (await harness.showTimer(page)).waitFor();
        note('panel timer view');
      }
      await sleep(between(50, 900));
    } finally {
      await page.close();
    }
  }

  /**
   * Waits for a worker to run (after a deadline: the one its alarm starts, unless the panel woke one)
   * and kills it a few ms into its work, so an event can be delivered to a worker that never finishes it.
   */
  async killNextWorker(withinMs: number): Promise<boolean> {
    const until = Date.now() + withinMs;
    while (Date.now() < until) {
      const { targetId } = await this.workerTarget();
      if (targetId) {
        await sleep(between(0, 40));
        const hit = await this.stopWorker();
        if (hit) stats.raceKills++;
        return hit;
      }
      await sleep(5);
    }
    return false;
  }

  async halt(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
    const cdp = await this.cdp?.catch(() => undefined);
    await cdp?.detach().catch(() => undefined);
  }
}

/** Expected alerts of a session of `steps` steps: a phase alert for each step after the first, then the end. */
function expectedAlerts(steps: number) {
  const list = Array.from({ length: steps - 1 }, (_, i) => ({ kind: 'phase', stepIndex: i + 1 }));
  return [...list, { kind: 'finished', stepIndex: steps - 1 }];
}

describe('contrast timer torture (time-scaled build)', () => {
  beforeAll(async () => {
    harness = await scaledHarness(scale, outDir);
  }, 120_000);

  it('three sessions with random worker stops, a relaunch and panel churn: each transition applied once and announced, three sessions logged', async () => {
    console.log(`Torture seed ${seed} (repeat with TORTURE_SEED=${seed})${harsh ? ', harsh' : ''}`);
    const startedAt = Date.now();
    let browser = await harness.launchExtension();
    let probe = await openProbe(browser);
    let chaos = new Chaos(browser);
    const observed: Observed = { states: [], chimes: [], notifications: {} };
    let watch = new NotificationWatch(probe);
    const sessionIds: string[] = [];
    const lateness: number[] = [];
    let alertsSoFar = 0;

    /** Waits until the probe has seen `count` chimes and notifications in all (they follow the state). */
    const waitForAnnouncements = async (count: number) => {
      const until = Date.now() + 5000;
      for (;;) {
        await drain(probe, observed);
        const so = told(observed);
        if (so.chimes >= count && so.notifications >= count) return;
        if (Date.now() > until) {
          throw new Error(
            `seed ${seed}: expected ${count} announcements, saw ${so.chimes} chimes and ${so.notifications} notifications`,
          );
        }
        await probe.waitForTimeout(20);
      }
    };

    /**
     * Starts the next session from the panel, as a person would: Done (the last session's end), then
     * Start. A click whose message meets a worker being stopped is refused with a notice and the person
     * presses again; a second Start of a running session, or Done of an idle timer, changes nothing.
     */
    const startSession = async (previousId: string | undefined, index: number): Promise<StoredState> => {
      const panel = await harness.openTimer(browser);
      try {
        const until = Date.now() + 20_000;
        for (;;) {
          const state = await readState(probe);
          if (state?.status === 'running' && state.session?.id !== previousId) return state;
          if (Date.now() > until)
            throw new Error(
              `seed ${seed}: session ${index + 1} never started; last: ${JSON.stringify(state)}`,
            );
          const label = state?.status === 'idle' || !state ? 'Start' : 'Done';
          const button = panel.region.getByRole('button', { name: label, exact: true });
          if (await button.count()) {
            await button.click();
            note(`clicked ${label}`);
            const changed = await waitForState(probe, (s) => s.status !== state?.status, 1500, label).catch(
              () => undefined,
            );
            if (!changed) stats.retries++;
          } else {
            await panel.page.waitForTimeout(50);
          }
        }
      } finally {
        await panel.page.close();
      }
    };

    try {
      let previousId: string | undefined;
      for (const [index, plan] of sessions.entries()) {
        await probe.evaluate(
          ([timer, alert]) =>
            chrome.storage.sync.set({ contrastTimerSettings: timer, contrastAlertSettings: alert }),
          [plan.settings, alerts] as const,
        );
        let state = await startSession(previousId, index);
        const sessionId = state.session?.id ?? '';
        sessionIds.push(sessionId);
        previousId = sessionId;

        for (let step = 0; step < plan.steps; ) {
          if (plan.relaunchAt === step) {
            // Let this phase's announcement land, then close the browser at a random moment and start it
            // again on the same profile, inside the phase: no deadline is missed, so nothing may be
            // announced again and the session goes on from its stored deadline.
            await waitForAnnouncements(alertsSoFar);
            await sleep(between(0, 2000));
            await chaos.halt();
            expect(chaos.errors, `seed ${seed}`).toEqual([]);
            const open = await watch.halt();
            await drain(probe, observed);
            const closedAt = Date.now();
            note('relaunch');
            await browser.close({ keepProfile: true });
            browser = await harness.launchExtension({ userDataDir: browser.userDataDir });
            probe = await openProbe(browser, open);
            watch = new NotificationWatch(probe);
            const left = (state.endsAt ?? 0) - Date.now();
            console.log(`Relaunch took ${Date.now() - closedAt} ms; ${left} ms of the phase were left`);
            expect(left, `seed ${seed}: the relaunch must fit inside the phase`).toBeGreaterThan(300);
            expect(await readState(probe), `seed ${seed}: state after relaunch`).toEqual(state);
            chaos = new Chaos(browser);
          }
          const endsAt = state.endsAt ?? 0;
          // Around the deadline: stop the worker shortly before it (its alarm must wake a fresh one), and/or
          // after it while the alarm is still pending, and/or kill the worker the alarm starts.
          const mode = rng();
          note(`session ${index + 1} step ${step} ends @${endsAt % 100_000} mode ${mode.toFixed(2)}`);
          if (mode < 0.75) {
            await sleep(endsAt - between(30, 350) - Date.now());
            await chaos.stopWorker();
          }
          if ((mode >= 0.25 && mode < 0.55) || (!harsh && mode >= 0.55)) {
            await sleep(endsAt + between(0, 500) - Date.now());
            if (await chaos.stopWorker()) stats.afterDeadlineHits++;
          } else if (mode >= 0.55) {
            await sleep(endsAt - Date.now());
            await chaos.killNextWorker(1500);
          }
          state = await waitForState(
            probe,
            (s) => s.session?.id !== sessionId || s.status !== 'running' || s.session.stepIndex > step,
            10_000,
            `session ${index + 1} step ${step} → ${step + 1}`,
          );
          expect(state.session?.id, `seed ${seed}`).toBe(sessionId);
          expect(['running', 'finished'], `seed ${seed}: session ${index + 1} step ${step}`).toContain(
            state.status,
          );
          // A pack change lasts 250 ms: on a loaded machine the next step may be seen first. The alert
          // sequence checked at the end shows that none was skipped.
          const reached = state.session?.stepIndex ?? 0;
          if (reached === step + 1) lateness.push((state.session?.alert?.raisedAt ?? Number.NaN) - endsAt);
          alertsSoFar += reached - step;
          step = reached;
        }
        // Every announcement of this session has landed before the person presses Done.
        await waitForAnnouncements(alertsSoFar);
      }
      await chaos.halt();
      expect(chaos.errors, `seed ${seed}`).toEqual([]);
      // Nothing late may arrive: give a straggling duplicate (a backup alarm's worker) time to show up.
      await sleep(2500);
      await watch.halt();
      await drain(probe, observed);

      // Announced once: per session, alerts 1..n in order, each (kind, step) exactly as expected, and
      // each raised once (an alert id seen with two raisedAt times is a transition applied twice).
      for (const [index, plan] of sessions.entries()) {
        const id = sessionIds[index];
        const raised = new Map<string, StoredAlert>();
        for (const { state } of observed.states) {
          expect(
            state?.status,
            `seed ${seed}: never interrupted (the browser was never closed past a deadline)`,
          ).not.toBe('interrupted');
          const alert = state?.session?.id === id ? state?.session?.alert : null;
          if (alert) raised.set(`${alert.id}@${alert.raisedAt}`, alert);
        }
        const list = [...raised.values()].sort((a, b) => a.id - b.id);
        expect(
          list.map((a) => ({ id: a.id, kind: a.kind, stepIndex: a.stepIndex })),
          `seed ${seed}: alerts of session ${index + 1} (${plan.name})`,
        ).toEqual(expectedAlerts(plan.steps).map((a, i) => ({ id: i + 1, ...a })));
      }
      const total = sessions.reduce((sum, plan) => sum + plan.steps, 0);
      // Each alert told exactly once: its own notification shown once (none lost, none shown again), and
      // its chime asked for. A worker stopped while the offscreen document took a chime (a round trip of a
      // few ms) cannot tell whether it went out, so the next worker asks again: counted and printed; the
      // offscreen document rings a chime key once (timer.e2e.ts shows it in the browser).
      const alertIds = sessionIds.flatMap((id, index) =>
        expectedAlerts(sessions[index]?.steps ?? 0).map((_, n) => `${id}#${n + 1}`),
      );
      expect(observed.notifications, `seed ${seed}: notifications shown`).toEqual(
        Object.fromEntries(alertIds.map((key) => [`${notificationPrefix}${key}`, 1])),
      );
      expect(
        [...new Set(observed.chimes.map((c) => c.key))].sort(),
        `seed ${seed}: chimes asked for`,
      ).toEqual(alertIds.map((key) => `${key}@1`).sort());
      const chimeResends = observed.chimes.length - total;
      // The history and the log hold exactly the three sessions, each once.
      const history = (await probe.evaluate(
        async () => (await chrome.storage.local.get('contrastHistory')).contrastHistory,
      )) as { id: string; outcome: string; phasesCompleted: number; totalPhases: number }[];
      expect(history.map((r) => r.id)).toEqual(sessionIds);
      for (const record of history) {
        expect(record.outcome).toBe('finished');
        expect(record.phasesCompleted).toBe(record.totalPhases);
      }
      const logged = async () =>
        (await harness.readLogRecords<{ source: string; contrast?: { sessionId: string } }>(probe)).map(
          (entry) => `${entry.source}:${entry.contrast?.sessionId}`,
        );
      await expect
        .poll(async () => (await logged()).sort(), { timeout: 10_000 })
        .toEqual(sessionIds.map((id) => `contrast:${id}`).sort());

      const late = lateness.map((l) => l.toFixed(0));
      console.log(
        `Torture: ${total} transitions in ${((Date.now() - startedAt) / 1000).toFixed(1)} s; worker stops ${stats.stops} (${stats.stopsHit} hit a running worker, ${stats.afterDeadlineHits} after a deadline before its alarm, ${stats.raceKills} killed the worker an alarm started); panel opened ${stats.panelOpens}×; chimes asked for again ${chimeResends}× (rung once); start retried ${stats.retries}×; lateness per transition (ms): ${late.join(', ')}`,
      );
    } catch (error) {
      // What happened when, to read a failure next to its seed.
      await drain(probe, observed).catch(() => undefined);
      for (const { seenAt, state } of observed.states) {
        const alert = state?.session?.alert;
        trace.push(
          `@${seenAt % 100_000} state ${state?.status} step ${state?.session?.stepIndex} endsAt ${(state?.endsAt ?? 0) % 100_000} alert ${alert?.id}/${alert?.kind}/${alert?.stepIndex} raised @${(alert?.raisedAt ?? 0) % 100_000}`,
        );
      }
      for (const { at, key } of observed.chimes) trace.push(`@${at % 100_000} chime ${key}`);
      const shown = await probe
        .evaluate(() => (window as unknown as { shown: ProbeNotifications }).shown.log)
        .catch(() => []);
      for (const { at, id, what } of shown) trace.push(`@${at % 100_000} notification ${what} ${id}`);
      const at = (line: string) => Number(line.slice(1, line.indexOf(' ')));
      console.log(trace.sort((a, b) => at(a) - at(b)).join('\n'));
      throw error;
    } finally {
      await chaos.halt().catch(() => undefined);
      await watch.halt();
      await browser.close();
    }
  }, 180_000);
});
