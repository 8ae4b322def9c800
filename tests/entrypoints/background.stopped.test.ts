import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { alertNotificationId, isAlertNotification } from '@/lib/contrast/alertNotifications';
import { announcedAlertStorage } from '@/lib/contrast/announced';
import { contrastHistoryStorage } from '@/lib/contrast/history';
import { alarmName, backupDelayMs, type TimerState, transition } from '@/lib/contrast/machine';
import { alertSettingsStorage, defaultAlertSettings, timerSettingsStorage } from '@/lib/contrast/settings';
import { loadTimerState, timerStateStorage } from '@/lib/contrast/state';
import {
  command,
  fire,
  oneRoundNoHeadsUps,
  settle,
  startWorker,
  stubWorkerOnlyApis,
} from '../support/fakeWorker';

// The chime as the worker asks for it (Chrome: a message to the offscreen document).
const chime = vi.hoisted(() => ({ played: 0 }));
vi.mock('@/lib/platform/sound', () => ({
  prepareChime: async () => {},
  playChime: async () => {
    chime.played++;
  },
}));

// A worker can be stopped in the middle of an event (found by tests/e2e/torture.e2e.ts): after Chrome
// delivered and removed a deadline's alarm, or after it stored a new state but before it announced the
// alert or appended the history record. None of that may be lost, and nothing may be done twice.

const t0 = Date.UTC(2026, 10, 24, 16, 0, 0);

const state = async () => (await loadTimerState()).state;
const alarmTime = async (name: string) => (await fakeBrowser.alarms.get(name))?.scheduledTime;

/**
 * Stores the first deadline's phase change of the running session, as a worker stopped right after
 * storing it would leave it: nothing announced. Returns the state before the change.
 */
async function storeFirstPhaseChangeOnly() {
  const started = (await state()) as Extract<TimerState, { status: 'running' }>;
  const alarm = { type: 'alarm', name: alarmName('end', started.session.id, 0) } as const;
  await timerStateStorage.setValue(transition(started, alarm, started.endsAt));
  return started;
}

describe('background: a worker stopped mid-event', () => {
  let notified: string[];
  /** Delays (ms) for the next notifications the browser shows, in order: a slow round trip. */
  let createDelays: number[];

  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(t0);
    stubWorkerOnlyApis();
    await timerSettingsStorage.setValue(oneRoundNoHeadsUps);
    await alertSettingsStorage.setValue({
      ...defaultAlertSettings,
      sound: false,
      repeatUntilAcknowledged: false,
    });
    // Every notification the worker shows, by its message, and every chime.
    notified = [];
    createDelays = [];
    chime.played = 0;
    const create = fakeBrowser.notifications.create.bind(fakeBrowser.notifications) as (
      ...args: unknown[]
    ) => Promise<string>;
    vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation(((...args: unknown[]) => {
      const options = args.find((arg) => typeof arg === 'object') as { message?: string } | undefined;
      if (isAlertNotification(String(args[0]))) notified.push(options?.message ?? '');
      const delay = createDelays.shift();
      if (delay) return new Promise((resolve) => setTimeout(resolve, delay)).then(() => create(...args));
      return create(...args);
    }) as typeof fakeBrowser.notifications.create);
    await startWorker();
    await settle();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('a deadline whose alarm was delivered to a worker stopped before handling it is kept by the backup alarm', async () => {
    await command('start');
    const started = (await state()) as Extract<TimerState, { status: 'running' }>;
    const { id, plan } = started.session;
    const backup = alarmName('backup', id, 0);
    expect(await alarmTime(backup)).toBe(started.endsAt + backupDelayMs(plan));
    // Chrome removes the end alarm as it delivers it; the worker is stopped before it runs any of it.
    vi.setSystemTime(started.endsAt);
    await fakeBrowser.alarms.clear(alarmName('end', id, 0));
    // The backup wakes a fresh worker: its start-up check, then the backup itself.
    const at = started.endsAt + backupDelayMs(plan);
    vi.setSystemTime(at);
    await startWorker();
    await fire(backup, at);
    expect(await state()).toMatchObject({
      status: 'running',
      session: { stepIndex: 1, alert: { kind: 'phase' } },
    });
    expect(notified).toEqual(['Switch to the warm pack now. 10 minutes.']);
  });

  it('each delivered alarm re-arms the backup before any await, so stopped workers in a row lose nothing', async () => {
    await command('start');
    const started = (await state()) as Extract<TimerState, { status: 'running' }>;
    const { id, plan } = started.session;
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    // The backup itself is delivered to a worker that will be stopped too: before its listener returns
    // (synchronously, so before the worker could be stopped mid-await) the next backup is armed.
    const at = started.endsAt + backupDelayMs(plan);
    vi.setSystemTime(at);
    await fakeBrowser.alarms.clear(alarmName('backup', id, 0));
    const delivered = fakeBrowser.alarms.onAlarm.trigger({
      name: alarmName('backup', id, 0),
      scheduledTime: at,
    } as Parameters<typeof fakeBrowser.alarms.onAlarm.trigger>[0]);
    expect(create).toHaveBeenCalledWith(alarmName('backup', id, 0), { when: at + backupDelayMs(plan) });
    await delivered;
    await settle();
    // Handled after all: the deadline is done and the backup moves on.
    expect(await state()).toMatchObject({ status: 'running', session: { stepIndex: 1 } });
  });

  it('an alert stored by a worker stopped before announcing it is announced once, by the next worker', async () => {
    await command('start');
    // What a worker stopped right after storing the phase change leaves behind: the new state, its
    // alarms (a backup shortly after the alert), and no notification.
    const started = await storeFirstPhaseChangeOnly();
    expect(notified).toEqual([]);
    const backup = started.endsAt + backupDelayMs(started.session.plan);
    vi.setSystemTime(backup);
    await startWorker();
    await fire(alarmName('backup', started.session.id, 0), backup);
    expect(notified).toEqual(['Switch to the warm pack now. 10 minutes.']);
    // Later events and later workers do not announce it again.
    await command('check');
    await startWorker();
    await settle();
    expect(notified).toHaveLength(1);
  });

  it('sends only the part of an announcement a stopped worker left out (the chime), once', async () => {
    await alertSettingsStorage.setValue({
      ...defaultAlertSettings,
      sound: true,
      repeatUntilAcknowledged: false,
    });
    await command('start');
    // The notification went out and was marked; the worker stopped before the chime was taken.
    const started = await storeFirstPhaseChangeOnly();
    const sessionId = started.session.id;
    await announcedAlertStorage.setValue({ sessionId, alertId: 1, notification: true, chime: false });
    const at = started.endsAt + backupDelayMs(started.session.plan);
    vi.setSystemTime(at);
    await startWorker();
    await fire(alarmName('backup', started.session.id, 0), at);
    expect(chime.played).toBe(1);
    expect(notified).toEqual([]);
    expect(await announcedAlertStorage.getValue()).toEqual({
      sessionId,
      alertId: 1,
      notification: true,
      chime: true,
    });
    await startWorker();
    await settle();
    expect(chime.played).toBe(1);
  });

  it('an alert cut off by a stopped worker and replaced by the next step is still told, first', async () => {
    await timerSettingsStorage.setValue({
      coldMinutes: 10,
      hotMinutes: 10,
      rounds: 1,
      swapSeconds: 30,
      hotReadyMinutes: 0,
      endsSoonSeconds: 0,
    });
    await command('start');
    const started = (await state()) as Extract<TimerState, { status: 'running' }>;
    // The pack change began; the worker stopped before announcing it.
    const swap = transition(
      started,
      { type: 'alarm', name: alarmName('end', started.session.id, 0) },
      started.endsAt,
    ) as Extract<TimerState, { status: 'running' }>;
    await timerStateStorage.setValue(swap);
    // The 30 s pack change ends before any other worker ran: the next worker moves on to the hot phase.
    vi.setSystemTime(swap.endsAt);
    await startWorker();
    await fire(alarmName('end', started.session.id, 1), swap.endsAt);
    expect(await state()).toMatchObject({ session: { stepIndex: 2 } });
    expect(notified).toEqual([
      'Take the pack off and get the next one. Next: Warm.',
      'Switch to the warm pack now. 10 minutes.',
    ]);
    // One notification at a time: the pack change's is taken down once the hot phase's shows.
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([
      alertNotificationId(`${started.session.id}#2`),
    ]);
  });

  it('a notification shown by a worker stopped before it could mark it is not shown again', async () => {
    await command('start');
    const started = await storeFirstPhaseChangeOnly();
    // The stopped worker's notification reached the browser; its mark never did.
    const key = `${started.session.id}#1`;
    await fakeBrowser.notifications.create(alertNotificationId(key), {
      type: 'basic',
      iconUrl: '',
      title: 'Contrast timer',
      message: 'Switch to the warm pack now. 10 minutes.',
    });
    notified = [];
    const backup = started.endsAt + backupDelayMs(started.session.plan);
    vi.setSystemTime(backup);
    await startWorker();
    await fire(alarmName('backup', started.session.id, 0), backup);
    expect(notified).toEqual([]);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([alertNotificationId(key)]);
    expect(await announcedAlertStorage.getValue()).toEqual({
      sessionId: started.session.id,
      alertId: 1,
      notification: true,
      chime: false,
    });
  });

  it("an acknowledged alert's notification left up by a stopped worker is taken down by the next one", async () => {
    await command('start');
    const started = (await state()) as Extract<TimerState, { status: 'running' }>;
    await fire(alarmName('end', started.session.id, 0), started.endsAt);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(1);
    // Done was stored; the worker stopped before it took the notification down.
    await timerStateStorage.setValue(transition(await state(), { type: 'acknowledge' }, Date.now()));
    await startWorker();
    await settle();
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it("the end's notification left up when Done made the timer idle is taken down by the next worker", async () => {
    await command('start');
    for (let step = 0; step < 3; step++) {
      const current = (await state()) as Extract<TimerState, { status: 'running' }>;
      await fire(alarmName('end', current.session.id, step), current.endsAt);
    }
    expect(await state()).toMatchObject({ status: 'finished', session: { alert: { kind: 'finished' } } });
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(1);
    // Done was stored (the timer is idle); the worker stopped before it took the notification down.
    await timerStateStorage.setValue(transition(await state(), { type: 'acknowledge' }, Date.now()));
    expect(await state()).toEqual({ status: 'idle' });
    await startWorker();
    await settle();
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it("two alerts in quick succession: the newer alert's notification is the one left showing", async () => {
    // Both heads-ups are due a minute before the cold phase ends.
    await timerSettingsStorage.setValue({ ...oneRoundNoHeadsUps, hotReadyMinutes: 1, endsSoonSeconds: 60 });
    await command('start');
    const started = (await state()) as Extract<TimerState, { status: 'running' }>;
    const { id } = started.session;
    // Their alarms come at once, and their events run one right after the other.
    vi.setSystemTime(started.endsAt - 60_000);
    await fakeBrowser.alarms.clearAll();
    // The browser is slow to show the first notification (a real round trip takes up to ~100 ms).
    createDelays = [30];
    for (const kind of ['hotReady', 'endsSoon'] as const) {
      void fakeBrowser.alarms.onAlarm.trigger({
        name: alarmName(kind, id, 0),
        scheduledTime: Date.now(),
      } as Parameters<typeof fakeBrowser.alarms.onAlarm.trigger>[0]);
    }
    await vi.waitFor(async () => expect(notified).toHaveLength(2));
    await settle();
    expect(await state()).toMatchObject({ session: { stepIndex: 0, alert: { id: 2 } } });
    expect(notified).toEqual([
      'Get the warm pack ready: the warm phase starts in 1 minute.',
      'Cold phase ends in 60 seconds.',
    ]);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([alertNotificationId(`${id}#2`)]);
  });

  it('an alert announced before the worker stopped is not announced again by the next one', async () => {
    await command('start');
    const started = (await state()) as Extract<TimerState, { status: 'running' }>;
    await fire(alarmName('end', started.session.id, 0), started.endsAt);
    expect(notified).toHaveLength(1);
    await startWorker();
    await fire(
      alarmName('backup', started.session.id, 0),
      started.endsAt + backupDelayMs(started.session.plan),
    );
    expect(notified).toHaveLength(1);
  });

  it('a finished session stored by a worker stopped before recording it reaches the history once', async () => {
    await command('start');
    let current = (await state()) as TimerState;
    for (let step = 0; step < 3; step++) {
      if (current.status !== 'running') break;
      current = transition(
        current,
        { type: 'alarm', name: alarmName('end', current.session.id, step) },
        current.endsAt,
      );
    }
    expect(current.status).toBe('finished');
    await timerStateStorage.setValue(current);
    expect(await contrastHistoryStorage.getValue()).toEqual([]);
    await startWorker();
    await settle();
    await command('check');
    expect(await contrastHistoryStorage.getValue()).toMatchObject([
      { outcome: 'finished', phasesCompleted: 3 },
    ]);
    expect(notified).toEqual(['Session finished. Remove the cold pack and check the skin.']);
  });
});
