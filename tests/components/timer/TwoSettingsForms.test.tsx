import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AlertSettingsForm } from '@/components/timer/AlertSettingsForm';
import { TimerSettingsForm } from '@/components/timer/TimerSettingsForm';
import {
  alertSettingsStorage,
  defaultAlertSettings,
  defaultTimerSettings,
  timerSettingsStorage,
} from '@/lib/contrast/settings';
import { until } from '../../support/until';

// Issue 17 item 4: two open settings forms (two panels) on the same storage must not overwrite each other.

describe('two settings forms open at once', () => {
  let a: HTMLElement;
  let b: HTMLElement;
  const input = (root: HTMLElement, key: string) =>
    root.querySelector(`#timer-setting-${key}`) as HTMLInputElement;
  const type = async (root: HTMLElement, key: string, text: string) => {
    const field = input(root, key);
    await act(async () => {
      field.value = text;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
  };
  const save = async (root: HTMLElement) => {
    const button = [...root.querySelectorAll('button')].find((x) => x.textContent === 'Save settings');
    await act(async () => button?.click());
  };
  const status = (root: HTMLElement) => root.querySelector('.timer-form-status')?.textContent ?? '';

  beforeEach(() => {
    fakeBrowser.reset();
    Object.assign(fakeBrowser, { commands: { onCommand: { addListener: () => undefined } } });
    a = document.createElement('div');
    b = document.createElement('div');
    document.body.append(a, b);
  });
  afterEach(() => {
    act(() => render(null, a));
    act(() => render(null, b));
    a.remove();
    b.remove();
  });

  it('A saves cold = 5, B (opened before) saves the warm phase: both changes are stored', async () => {
    act(() => render(<TimerSettingsForm />, a));
    act(() => render(<TimerSettingsForm />, b));
    await until(() => Boolean(input(a, 'coldMinutes') && input(b, 'coldMinutes')), 'both forms');
    await type(a, 'coldMinutes', '5');
    await save(a);
    await until(() => status(a) === 'Saved.', 'A saved');
    // B follows the stored value while open.
    await until(() => input(b, 'coldMinutes').value === '5', 'B shows cold 5');
    await type(b, 'hotMinutes', '15');
    await save(b);
    await until(() => status(b) === 'Saved.', 'B saved');
    expect(await timerSettingsStorage.getValue()).toEqual({
      ...defaultTimerSettings,
      coldMinutes: 5,
      hotMinutes: 15,
    });
    // And A shows B's change in turn.
    await until(() => input(a, 'hotMinutes').value === '15', 'A shows warm 15');
    expect(input(a, 'coldMinutes').value).toBe('5');
  });

  it('Save writes only the edited field even if the change from elsewhere arrives just before', async () => {
    act(() => render(<TimerSettingsForm />, b));
    await until(() => Boolean(input(b, 'coldMinutes')), 'form');
    await type(b, 'hotMinutes', '15');
    // Another page's save, read at save time even if this form has not shown it yet.
    await timerSettingsStorage.setValue({ ...defaultTimerSettings, coldMinutes: 5 });
    await save(b);
    await until(() => status(b) === 'Saved.', 'saved');
    expect(await timerSettingsStorage.getValue()).toEqual({
      ...defaultTimerSettings,
      coldMinutes: 5,
      hotMinutes: 15,
    });
  });

  it('a field being edited keeps the edit when it changes elsewhere, with one notice naming it', async () => {
    act(() => render(<TimerSettingsForm />, b));
    await until(() => Boolean(input(b, 'coldMinutes')), 'form');
    await type(b, 'coldMinutes', '7');
    await timerSettingsStorage.setValue({ ...defaultTimerSettings, coldMinutes: 5, rounds: 4 });
    await until(() => input(b, 'rounds').value === '4', 'untouched field follows');
    expect(input(b, 'coldMinutes').value).toBe('7');
    expect(status(b)).toBe(
      'Changed in another window: Cold phase (minutes, 1–20). Your edit here is kept; Save to use it.',
    );
    expect(b.querySelectorAll('[role="status"]')).toHaveLength(1);
    await save(b);
    await until(() => status(b) === 'Saved.', 'saved');
    expect(await timerSettingsStorage.getValue()).toEqual({
      ...defaultTimerSettings,
      coldMinutes: 7,
      rounds: 4,
    });
  });

  it('alert forms: each switch saves only itself, and the other form shows it', async () => {
    act(() => render(<AlertSettingsForm />, a));
    act(() => render(<AlertSettingsForm />, b));
    const box = (root: HTMLElement, label: string) =>
      [...root.querySelectorAll('label')]
        .find((l) => l.textContent?.includes(label))
        ?.querySelector('input') as HTMLInputElement | undefined;
    await until(
      () => Boolean(box(a, 'Speak the prompts aloud') && box(b, 'Speak the prompts aloud')),
      'both',
    );
    await act(async () => box(a, 'Speak the prompts aloud')?.click());
    await until(() => box(b, 'Speak the prompts aloud')?.checked === true, 'B shows speech on');
    await act(async () => box(b, 'Play a chime')?.click());
    await until(() => box(a, 'Play a chime')?.checked === false, 'A shows sound off');
    expect(await alertSettingsStorage.getValue()).toEqual({
      ...defaultAlertSettings,
      speech: true,
      sound: false,
    });
  });
});
