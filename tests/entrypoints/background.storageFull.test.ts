import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contrastHistoryStorage, unsavedHistoryStorage } from '@/lib/contrast/history';
import { alarmName, type TimerState } from '@/lib/contrast/machine';
import { alertSettingsStorage, defaultAlertSettings, timerSettingsStorage } from '@/lib/contrast/settings';
import {
  loadTimerState,
  stateNotSavedError,
  timerStateStorage,
  unsavedTimerStateStorage,
} from '@/lib/contrast/state';
import { contrastEntryId } from '@/lib/log/contrastSync';
import { LogStore } from '@/lib/log/store';
import {
  command,
  fire,
  oneRoundNoHeadsUps,
  settle,
  startWorker,
  stubWorkerOnlyApis,
} from '../support/fakeWorker';

const t0 = Date.UTC(2026, 10, 24, 14, 0, 0);
const min = 60_000;
const quotaError = () => new Error('QUOTA_BYTES quota exceeded');

const contrastAlarms = async () =>
  (await fakeBrowser.alarms.getAll())
    .map((alarm) => alarm.name)
    .filter((name) => name.startsWith('contrast|'));

/** storage.local refuses every write that would grow it, as Chrome does when the 10 MB quota is full. */
function fillLocalStorage() {
  const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
  return vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
    if ('contrastTimerState' in items || 'contrastHistory' in items) throw quotaError();
    return set(items);
  });
}

describe('background: the timer when storage is full', () => {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(t0);
    stubWorkerOnlyApis();
    await timerSettingsStorage.setValue(oneRoundNoHeadsUps);
    await alertSettingsStorage.setValue({ ...defaultAlertSettings, sound: false });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await startWorker();
    await settle();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('refuses to start a session it cannot store, says why, and arms nothing', async () => {
    fillLocalStorage();
    await expect(command('start')).rejects.toMatchObject({ name: stateNotSavedError });
    expect(await loadTimerState()).toEqual({ state: { status: 'idle' }, corrupt: false });
    expect(await contrastAlarms()).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await unsavedTimerStateStorage.getValue()).toBeNull();
  });

  it('never stops a running session silently: alarms stay, the state goes on in session storage, the user is told', async () => {
    await command('start');
    const started = (await timerStateStorage.getValue()) as Extract<TimerState, { status: 'running' }>;
    const id = started.session.id;
    const full = fillLocalStorage();

    await fire(alarmName('end', id, 0), t0 + 10 * min);
    // What is stored is unchanged (nothing lost), the session moved on in the unsaved copy.
    expect(await timerStateStorage.getValue()).toEqual(started);
    expect(await unsavedTimerStateStorage.getValue()).toMatchObject({
      status: 'running',
      session: { stepIndex: 1 },
    });
    expect(await loadTimerState()).toMatchObject({ unsaved: true, state: { session: { stepIndex: 1 } } });
    expect(await contrastAlarms()).toContain(alarmName('end', id, 1));
    const notices = fakeBrowser.notifications.getAllCreateOptions?.() as Record<string, { title: string }>;
    expect(notices['contrast-timer-notice']?.title).toBe('The timer cannot save its progress');

    // A worker restart reads the unsaved copy and goes on from it.
    await startWorker();
    await settle();
    await fire(alarmName('end', id, 1), t0 + 20 * min);
    expect(await loadTimerState()).toMatchObject({ unsaved: true, state: { session: { stepIndex: 2 } } });

    // Space again: the next event stores the state and drops the copy.
    full.mockRestore();
    await command('pause');
    expect(await timerStateStorage.getValue()).toMatchObject({ status: 'paused', session: { stepIndex: 2 } });
    expect(await unsavedTimerStateStorage.getValue()).toBeNull();
    expect(await loadTimerState()).not.toHaveProperty('unsaved');
  });

  it('a session that ends while storage is full still reaches the cramp log, and the history keeps what it had', async () => {
    const earlier = {
      id: 'earlier',
      startedAt: t0 - 200 * min,
      endedAt: t0 - 130 * min,
      phasesCompleted: 7,
      totalPhases: 7,
      outcome: 'finished' as const,
    };
    await contrastHistoryStorage.setValue([earlier]);
    await command('start');
    const { session } = (await timerStateStorage.getValue()) as Extract<TimerState, { status: 'running' }>;
    fillLocalStorage();
    vi.setSystemTime(t0 + 5 * min);
    await command('stop');
    await command('acknowledge');
    expect(await contrastHistoryStorage.getValue()).toEqual([earlier]);
    expect(await unsavedHistoryStorage.getValue()).toMatchObject([{ id: session.id, outcome: 'stopped' }]);
    const store = await LogStore.open();
    await vi.waitFor(async () => expect(await store.get(contrastEntryId(session.id))).toBeDefined());
    store.close();
  });
});
