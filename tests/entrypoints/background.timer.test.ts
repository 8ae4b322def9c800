import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { alertNotificationId } from '@/lib/contrast/alertNotifications';
import { contrastHistoryStorage } from '@/lib/contrast/history';
import { alarmName, type TimerState, undoStopMs } from '@/lib/contrast/machine';
import { desiredAlarms } from '@/lib/contrast/schedule';
import { alertSettingsStorage, defaultAlertSettings, timerSettingsStorage } from '@/lib/contrast/settings';
import { loadTimerState, timerStateStorage } from '@/lib/contrast/state';
import { command, fire, settle, startWorker, stubWorkerOnlyApis } from '../support/fakeWorker';

let commandListeners: ((name: string) => void)[] = [];
const pressShortcut = async (name: string) => {
  for (const listener of commandListeners) listener(name);
  await settle();
};
const t0 = Date.UTC(2026, 10, 24, 14, 0, 0);
const min = 60_000;

async function state(): Promise<TimerState> {
  return (await loadTimerState()).state;
}

/** The notification id of the pending alert (one per alert). */
async function pendingAlertNotification(): Promise<string> {
  const now = await state();
  if (now.status === 'idle' || !now.session.alert) throw new Error('no pending alert');
  return alertNotificationId(`${now.session.id}#${now.session.alert.id}`);
}

/** The real (fake-browser) alarms as name → when. */
async function realAlarms() {
  const alarms = await fakeBrowser.alarms.getAll();
  return Object.fromEntries(
    alarms.filter((a) => a.name.startsWith('contrast|')).map((a) => [a.name, a.scheduledTime]),
  );
}
async function expectedAlarms() {
  return Object.fromEntries(
    desiredAlarms(await state(), { repeatChime: true }, Date.now()).map((a) => [a.name, a.when]),
  );
}

describe('background: contrast timer', () => {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(t0);
    commandListeners = stubWorkerOnlyApis();
    await timerSettingsStorage.setValue({
      coldMinutes: 10,
      hotMinutes: 10,
      rounds: 1,
      swapSeconds: 0,
      hotReadyMinutes: 2,
      endsSoonSeconds: 30,
    });
    await alertSettingsStorage.setValue({ ...defaultAlertSettings, sound: false });
    await startWorker();
    await settle();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('after every event the real alarms equal the computed set', async () => {
    const checkpoints: string[] = [];
    const check = async (label: string) => {
      checkpoints.push(label);
      expect(await realAlarms(), label).toEqual(await expectedAlarms());
    };
    await check('idle');
    await command('start');
    // Deadline, two heads-ups, badge, and the backup wake-up.
    expect(Object.keys(await realAlarms())).toHaveLength(5);
    await check('start');
    const { session } = (await state()) as Extract<TimerState, { session: unknown }>;
    await fire(alarmName('badge', session.id, 0), t0 + min);
    await check('badge');
    await fire(alarmName('hotReady', session.id, 0), t0 + 8 * min);
    await check('hot-ready heads-up (chime repeat armed)');
    await command('acknowledge');
    await check('acknowledge');
    vi.setSystemTime(t0 + 9 * min);
    await command('pause');
    await check('pause');
    expect(await realAlarms()).toEqual({});
    vi.setSystemTime(t0 + 20 * min);
    await command('resume');
    await check('resume');
    await command('extend');
    await check('extend');
    await command('skip');
    await check('skip');
    await command('stop');
    await check('stop');
    // The undo window's end (and its backup) stays armed, then nothing.
    expect(Object.keys(await realAlarms())).toEqual([
      alarmName('undo', session.id, 0),
      alarmName('backup', session.id, 0),
    ]);
    await fire(alarmName('undo', session.id, 0), Date.now() + undoStopMs);
    await check('undo window closed');
    expect(await realAlarms()).toEqual({});
    expect(checkpoints).toHaveLength(11);
  });

  it('changes phase at the deadline with a notification (Done/Stop) and the badge', async () => {
    await command('start');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('10C');
    const { session } = (await state()) as Extract<TimerState, { session: unknown }>;
    await fire(alarmName('end', session.id, 0), t0 + 10 * min + 40);
    const now = await state();
    expect(now).toMatchObject({ status: 'running', session: { stepIndex: 1 } });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('10W');
    const alertNotification = await pendingAlertNotification();
    const options = fakeBrowser.notifications.getAllCreateOptions?.() as Record<
      string,
      { message: string; buttons?: unknown[]; requireInteraction?: boolean }
    >;
    expect(options[alertNotification]?.message).toContain('Switch to the warm pack now. 10 minutes.');
    expect(options[alertNotification]?.buttons).toHaveLength(2);
    expect(options[alertNotification]?.requireInteraction).toBe(true);
    // The "Done" button acknowledges: the alert and the chime alarm go.
    await fakeBrowser.notifications.onButtonClicked.trigger(alertNotification, 0);
    await settle();
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect(Object.keys(await realAlarms()).some((n) => n.includes('|chime|'))).toBe(false);
  });

  it('a worker restart re-arms alarms lost with it', async () => {
    await command('start');
    const before = await realAlarms();
    await fakeBrowser.alarms.clearAll();
    vi.setSystemTime(t0 + 3 * min);
    await startWorker();
    await settle();
    expect(await realAlarms()).toEqual(await expectedAlarms());
    expect((await realAlarms())[Object.keys(before).find((n) => n.includes('|end|')) ?? '']).toBe(
      t0 + 10 * min,
    );
  });

  it('alarms cleared by a browser restart past a deadline are reported, not skipped', async () => {
    await command('start');
    await fakeBrowser.alarms.clearAll();
    vi.setSystemTime(t0 + 25 * min);
    await startWorker();
    await settle();
    const now = await state();
    expect(now).toMatchObject({ status: 'interrupted', missedAt: t0 + 10 * min, session: { stepIndex: 0 } });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
    const options = fakeBrowser.notifications.getAllCreateOptions?.() as Record<string, { message: string }>;
    expect(options[await pendingAlertNotification()]?.message).toMatch(
      /Cold phase ended at .* while the browser was closed/,
    );
    // The user stops: the session is kept as interrupted for the cramp log (Done makes the stop final).
    await command('stop');
    expect(await contrastHistoryStorage.getValue()).toEqual([]);
    await command('acknowledge');
    const history = await contrastHistoryStorage.getValue();
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ outcome: 'interrupted', phasesCompleted: 1, totalPhases: 3 });
  });

  it('keeps a finished session for the cramp log and clears the badge when idle', async () => {
    await command('start');
    for (let step = 0; step < 3; step++) {
      const current = (await state()) as Extract<TimerState, { status: 'running' }>;
      await fire(alarmName('end', current.session.id, step), current.endsAt);
    }
    expect(await state()).toMatchObject({ status: 'finished' });
    expect(await contrastHistoryStorage.getValue()).toMatchObject([
      { outcome: 'finished', phasesCompleted: 3 },
    ]);
    await command('acknowledge');
    expect(await state()).toEqual({ status: 'idle' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('a corrupt stored state never crashes the worker and leaves a notice', async () => {
    await timerStateStorage.setValue({ status: 'running', session: 42 } as never);
    await startWorker();
    await settle();
    expect(await loadTimerState()).toEqual({ state: { status: 'idle' }, corrupt: true });
    await command('start');
    expect(await loadTimerState()).toMatchObject({ corrupt: false, state: { status: 'running' } });
  });

  it('speaks the prompt when spoken prompts are on (chrome.tts)', async () => {
    const speak = vi.fn();
    Object.assign(fakeBrowser, { tts: { speak } });
    await alertSettingsStorage.setValue({ ...defaultAlertSettings, sound: false, speech: true });
    await command('start');
    const { session } = (await state()) as Extract<TimerState, { session: unknown }>;
    await fire(alarmName('end', session.id, 0), t0 + 10 * min);
    expect(speak).toHaveBeenCalledWith(
      'Switch to the warm pack now. 10 minutes.',
      expect.anything(),
      expect.any(Function),
    );
  });

  it('changing settings never disturbs a running session', async () => {
    await command('start');
    await timerSettingsStorage.setValue({
      coldMinutes: 1,
      hotMinutes: 1,
      rounds: 5,
      swapSeconds: 0,
      hotReadyMinutes: 0,
      endsSoonSeconds: 0,
    });
    const { session } = (await state()) as Extract<TimerState, { session: unknown }>;
    await fire(alarmName('end', session.id, 0), t0 + 10 * min);
    const now = (await state()) as Extract<TimerState, { status: 'running' }>;
    expect(now.session.plan.steps).toHaveLength(3);
    expect(now.endsAt).toBe(t0 + 20 * min);
  });

  it('gives the "phase ends soon" heads-up and acknowledges it from the keyboard shortcut', async () => {
    await command('start');
    const { session } = (await state()) as Extract<TimerState, { session: unknown }>;
    await fire(alarmName('endsSoon', session.id, 0), t0 + 10 * min - 30_000);
    expect(await state()).toMatchObject({ session: { alert: { kind: 'endsSoon' } } });
    const options = fakeBrowser.notifications.getAllCreateOptions?.() as Record<string, { message: string }>;
    expect(options[await pendingAlertNotification()]?.message).toBe('Cold phase ends in 30 seconds.');
    await pressShortcut('timer-acknowledge');
    expect(await state()).toMatchObject({ status: 'running', session: { alert: null } });
  });

  it('the keyboard commands start/pause and acknowledge', async () => {
    await pressShortcut('timer-start-pause');
    expect((await state()).status).toBe('running');
    await pressShortcut('timer-start-pause');
    expect((await state()).status).toBe('paused');
  });
});
