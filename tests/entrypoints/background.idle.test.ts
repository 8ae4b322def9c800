import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contrastHistoryStorage } from '@/lib/contrast/history';
import { alertSettingsStorage, defaultAlertSettings, timerSettingsStorage } from '@/lib/contrast/settings';
import { loadTimerState } from '@/lib/contrast/state';
import { command, settle, startWorker, stubWorkerOnlyApis } from '../support/fakeWorker';

// Issue 6: no work in the worker while idle. The only wake-ups are alarms and user events, so after a
// whole session (every alarm fired, every alert acknowledged) nothing may be left armed: no alarm, no
// pending timer, no interval, and no listener added after start-up.

const t0 = Date.UTC(2026, 10, 24, 9, 0, 0);

/** Counts addListener calls on every event the worker could listen to. */
function countListeners(): () => number {
  let count = 0;
  const events = [
    fakeBrowser.alarms.onAlarm,
    fakeBrowser.storage.onChanged,
    fakeBrowser.runtime.onMessage,
    fakeBrowser.runtime.onInstalled,
    fakeBrowser.runtime.onStartup,
    fakeBrowser.notifications.onClicked,
    fakeBrowser.notifications.onButtonClicked,
    fakeBrowser.notifications.onClosed,
  ];
  for (const event of events) {
    const add = event.addListener.bind(event) as (...args: unknown[]) => void;
    event.addListener = ((...args: unknown[]) => {
      count++;
      add(...args);
    }) as typeof event.addListener;
  }
  return () => count;
}

describe('background: idle means idle', () => {
  const pendingTimers = new Set<unknown>();

  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(t0);
    stubWorkerOnlyApis();
    await timerSettingsStorage.setValue({
      coldMinutes: 10,
      hotMinutes: 10,
      rounds: 3,
      // Heads-ups close to deadlines, so the worker's one-shot precision timer is armed along the way.
      swapSeconds: 15,
      hotReadyMinutes: 2,
      endsSoonSeconds: 20,
    });
    await alertSettingsStorage.setValue({ ...defaultAlertSettings, sound: false });
    // Track timers with a delay (the settle() helper's zero-delay ticks are not the worker's).
    const realSetTimeout = globalThis.setTimeout;
    const realClearTimeout = globalThis.clearTimeout;
    vi.spyOn(globalThis, 'setTimeout').mockImplementation(((
      run: () => void,
      ms?: number,
      ...rest: unknown[]
    ) => {
      if (!ms) return realSetTimeout(run, ms, ...rest);
      const handle = realSetTimeout(() => {
        pendingTimers.delete(handle);
        run();
      }, ms);
      pendingTimers.add(handle);
      return handle;
    }) as typeof setTimeout);
    vi.spyOn(globalThis, 'clearTimeout').mockImplementation(((handle?: ReturnType<typeof setTimeout>) => {
      pendingTimers.delete(handle);
      realClearTimeout(handle);
    }) as typeof clearTimeout);
  });
  afterEach(() => {
    for (const handle of pendingTimers) clearTimeout(handle as ReturnType<typeof setTimeout>);
    pendingTimers.clear();
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('arms nothing at start, and leaves nothing armed after a whole scaled session', async () => {
    const setIntervalSpy = vi.spyOn(globalThis, 'setInterval');
    const listeners = countListeners();
    await startWorker();
    await settle();
    const listenersAtStart = listeners();
    expect(listenersAtStart).toBeGreaterThan(0);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    expect(pendingTimers.size).toBe(0);

    await command('start');
    let wakeUps = 0;
    let mostAlarms = 0;
    let mostTimers = 0;
    for (; wakeUps < 500; wakeUps++) {
      const { state } = await loadTimerState();
      // Acknowledging the final alert returns the timer to idle.
      if (state.status === 'idle') break;
      expect(['running', 'finished'], `state after ${wakeUps} wake-ups`).toContain(state.status);
      if (state.status !== 'running' && state.status !== 'finished') break;
      if (state.session.alert) {
        await command('acknowledge');
        continue;
      }
      if (state.status === 'finished') break;
      const alarms = await fakeBrowser.alarms.getAll();
      mostAlarms = Math.max(mostAlarms, alarms.length);
      mostTimers = Math.max(mostTimers, pendingTimers.size);
      const next = alarms.sort((a, b) => a.scheduledTime - b.scheduledTime)[0];
      expect(next, `an alarm is armed while ${state.status}`).toBeDefined();
      if (!next) break;
      vi.setSystemTime(next.scheduledTime);
      await fakeBrowser.alarms.clear(next.name);
      await fakeBrowser.alarms.onAlarm.trigger(next);
      await settle();
    }
    const { state } = await loadTimerState();
    expect(['finished', 'idle']).toContain(state.status);
    const history = await contrastHistoryStorage.getValue();
    expect(history.map((record) => record.outcome)).toEqual(['finished']);
    expect(history[0]?.phasesCompleted).toBe(7);
    // A bounded number of wake-ups for a 70-minute session: phase ends, heads-ups and badge refreshes.
    expect(wakeUps).toBeLessThan(200);
    expect(mostAlarms).toBeLessThanOrEqual(6);

    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    // The tracker does see the worker's one-shot precision timer while a deadline is near…
    expect(mostTimers).toBeGreaterThan(0);
    // …and none is left once the session is over.
    expect(pendingTimers.size, 'no timer left pending').toBe(0);
    expect(setIntervalSpy).not.toHaveBeenCalled();
    expect(listeners(), 'no listener added after start-up').toBe(listenersAtStart);
    console.log(`scaled session: ${wakeUps} wake-ups, at most ${mostAlarms} alarms armed at once`);
  }, 20_000);
});
