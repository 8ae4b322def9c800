import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TimerSettingsForm } from '@/components/timer/TimerSettingsForm';
import { TimerView } from '@/components/timer/TimerView';
import { transition } from '@/lib/contrast/machine';
import { buildPlan } from '@/lib/contrast/protocol';
import { defaultTimerSettings, timerSettingsStorage } from '@/lib/contrast/settings';
import { timerStateStorage } from '@/lib/contrast/state';
import { timeScale } from '@/lib/contrast/timeScale';
import { until } from '../../support/until';

const running = () =>
  transition(
    { status: 'idle' },
    { type: 'start', plan: buildPlan(defaultTimerSettings, timeScale), sessionId: 's1' },
    Date.now(),
  );

describe('a running session keeps its own times, and says so only when it matters', () => {
  let root: HTMLElement;
  const status = () => root.querySelector('.timer-form-status')?.textContent;
  const save = async () => {
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Save settings');
    await act(async () => button?.click());
  };
  beforeEach(() => {
    fakeBrowser.reset();
    Object.assign(fakeBrowser, { commands: { onCommand: { addListener: () => undefined } } });
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    act(() => render(null, root));
    root.remove();
  });

  it('with nothing running, Save says only "Saved."', async () => {
    act(() => render(<TimerSettingsForm />, root));
    await until(() => Boolean(root.querySelector('#timer-setting-coldMinutes')), 'form');
    await save();
    await until(() => Boolean(status()), 'status');
    expect(status()).toBe('Saved.');
  });

  it('while a session runs, Save says the session keeps its own times', async () => {
    await timerStateStorage.setValue(running());
    act(() => render(<TimerSettingsForm />, root));
    await until(() => Boolean(root.querySelector('#timer-setting-coldMinutes')), 'form');
    await save();
    await until(() => status() === 'Saved. A session already running keeps its own times.', 'running');
  });

  it('the running timer says when its times differ from the saved ones', async () => {
    await timerStateStorage.setValue(running());
    act(() => render(<TimerView />, root));
    await until(() => Boolean(root.querySelector('[data-testid="timer-phase"]')), 'running view');
    const notice = () => root.querySelector('[data-testid="timer-own-times"]')?.textContent;
    expect(notice()).toBeUndefined();
    await timerSettingsStorage.setValue({ ...defaultTimerSettings, coldMinutes: 5 });
    await until(() => Boolean(notice()), 'notice');
    expect(notice()).toBe(
      'This session keeps the times it started with. The saved settings are different: they apply from the next session.',
    );
    await timerSettingsStorage.setValue(defaultTimerSettings);
    await until(() => notice() === undefined, 'same times again');
  });
});
