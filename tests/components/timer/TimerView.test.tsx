import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TimerSettingsForm } from '@/components/timer/TimerSettingsForm';
import { TimerView } from '@/components/timer/TimerView';
import {
  alertSettingsStorage,
  defaultAlertSettings,
  defaultTimerSettings,
  timerSettingsStorage,
} from '@/lib/contrast/settings';
import { loadTimerState, timerStateStorage, unsavedTimerStateStorage } from '@/lib/contrast/state';
import { currentView } from '@/lib/navigation';
import { stopWorker } from '../../support/fakeWorker';
import { until } from '../../support/until';

describe('TimerView', () => {
  let root: HTMLElement;
  const region = () => root.querySelector('section[aria-labelledby="timerSection-title"]') as HTMLElement;
  const button = (name: string) =>
    [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as
      | HTMLButtonElement
      | undefined;

  beforeEach(async () => {
    // The worker's listeners run in this same context (the fake browser delivers messages locally);
    // the fake browser has no keyboard commands API.
    Object.assign(fakeBrowser, { commands: { onCommand: { addListener: () => undefined } } });
    await alertSettingsStorage.setValue({ ...defaultAlertSettings, sound: false });
    // A fresh worker's timer for each test (the last test's is stopped first).
    stopWorker();
    const { createTimerService } = await import('@/lib/contrast/service');
    (await import('@/lib/contrast/worker')).registerTimer(createTimerService());
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    act(() => render(null, root));
    root.remove();
  });

  const planLine = () => root.querySelector('[data-testid="timer-plan"]')?.textContent ?? '';

  it('shows the plan in one line before starting, with Change and no settings form', async () => {
    act(() => render(<TimerView />, root));
    await until(() => planLine() !== '', 'plan line');
    expect(planLine()).toBe('7 phases, 70 min: cold 10 min, warm 10 min · notification');
    expect(region().querySelector('h2')?.textContent).toBe('Contrast timer');
    expect(button('Start')).toBeDefined();
    expect(button('Change')?.getAttribute('aria-describedby')).toBe('timer-plan-line');
    // The settings live in Settings only (Change opens them there).
    expect(root.querySelector('form')).toBeNull();
    await act(async () => button('Change')?.click());
    expect(currentView.value).toEqual({ name: 'settings', focus: 'timer' });
    currentView.value = { name: 'timer' };
  });

  it('the plan line follows the saved settings: pack changes, chime, speech, caregiver window', async () => {
    act(() => render(<TimerView />, root));
    await until(() => planLine() !== '', 'plan line');
    await act(async () => {
      await timerSettingsStorage.setValue({
        ...defaultTimerSettings,
        coldMinutes: 1,
        hotMinutes: 3,
        rounds: 4,
        swapSeconds: 30,
      });
      await alertSettingsStorage.setValue({ ...defaultAlertSettings, speech: true, caregiverPopup: true });
    });
    await until(() => planLine().startsWith('9 phases'), `new plan (${planLine()})`);
    expect(planLine()).toBe(
      '9 phases, 21 min: cold 1 min, warm 3 min, 30 s to change packs · notification, chime, spoken, caregiver window',
    );
  });

  it('starts through the worker and shows the cold phase, countdown and controls', async () => {
    act(() => render(<TimerView />, root));
    await until(() => Boolean(button('Start')), 'start button');
    await act(async () => button('Start')?.click());
    await until(
      () => root.querySelector('[data-testid="timer-phase"]')?.textContent?.includes('Cold pack on') ?? false,
      'cold',
    );
    expect(root.querySelector('[role="timer"]')?.textContent).toMatch(/^(10:00|9:5\d)$/);
    for (const name of ['Pause', 'Skip', '+1 min', 'Stop']) expect(button(name), name).toBeDefined();
    expect(root.querySelector('[aria-live]')?.textContent).toBe('Cold');
    // A control that just appeared ignores presses for a moment (TimerControls.test.tsx).
    await until(() => !button('Pause')?.hasAttribute('aria-disabled'), 'pause ready');
    await act(async () => button('Pause')?.click());
    await until(() => Boolean(button('Resume')), 'resume');
    expect((await loadTimerState()).state.status).toBe('paused');
  });

  /** Starts a session, stops it once Stop takes presses, and waits for Undo to appear. */
  const startThenStop = async () => {
    act(() => render(<TimerView />, root));
    await until(() => Boolean(button('Start')), 'start button');
    await act(async () => button('Start')?.click());
    await until(
      () => Boolean(button('Stop')) && !button('Stop')?.hasAttribute('aria-disabled'),
      'stop ready',
    );
    await act(async () => button('Stop')?.click());
    await until(() => Boolean(button('Undo')), 'undo');
  };

  it('Stop says so in the live region and offers Undo, which brings the session back', async () => {
    await startThenStop();
    expect(root.querySelector('[aria-live]')?.textContent).toBe('Session stopped');
    await until(() => !button('Undo')?.hasAttribute('aria-disabled'), 'undo ready');
    await act(async () => button('Undo')?.click());
    await until(() => Boolean(button('Pause')), 'restored');
    expect((await loadTimerState()).state.status).toBe('running');
    expect(root.querySelector('[aria-live]')?.textContent).toBe('Cold');
  });

  it('shows who must not use contrast before Start, and not once the session runs', async () => {
    act(() => render(<TimerView />, root));
    await until(() => Boolean(button('Start')), 'start button');
    const cautions = root.querySelector('[data-testid="timer-cautions"]');
    expect(cautions?.textContent).toContain('poor circulation');
    expect(cautions?.textContent).toContain('cold makes their muscles cramp more');
    const start = button('Start') as HTMLButtonElement;
    // Before Start in reading order, so a screen reader or keyboard user meets them first.
    expect(cautions?.compareDocumentPosition(start)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    await act(async () => start.click());
    await until(() => Boolean(button('Pause')), 'running');
    expect(root.querySelector('[data-testid="timer-cautions"]')).toBeNull();
  });

  it('refuses out-of-range settings with an inline message and never saves them', async () => {
    act(() => render(<TimerSettingsForm />, root));
    await until(() => Boolean(root.querySelector('#timer-setting-coldMinutes')), 'form');
    const cold = root.querySelector('#timer-setting-coldMinutes') as HTMLInputElement;
    await act(async () => {
      cold.value = '25';
      cold.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => button('Save settings')?.click());
    await until(() => root.textContent?.includes('Enter a whole number from 1 to 20.') ?? false, 'error');
    expect(cold.getAttribute('aria-invalid')).toBe('true');
    expect(await timerSettingsStorage.getValue()).toEqual(defaultTimerSettings);
  });

  it('offers the nine-phase reading of "rotate three times" in one choice, saved at once', async () => {
    act(() =>
      render(
        <>
          <TimerView />
          <TimerSettingsForm />
        </>,
        root,
      ),
    );
    await until(() => Boolean(root.querySelector('#timer-setting-rounds')), 'form');
    const radio = (name: RegExp) =>
      [...root.querySelectorAll<HTMLButtonElement>('[role="radio"]')].find((b) =>
        name.test(b.textContent ?? ''),
      );
    expect(radio(/7 phases/)?.getAttribute('aria-checked')).toBe('true');
    await act(async () => radio(/9 phases/)?.click());
    await until(() => planLine().startsWith('9 phases, 90 min'), 'nine phases');
    expect(await timerSettingsStorage.getValue()).toEqual({ ...defaultTimerSettings, rounds: 4 });
    expect((root.querySelector('#timer-setting-rounds') as HTMLInputElement).value).toBe('4');
    expect(radio(/9 phases/)?.getAttribute('aria-checked')).toBe('true');
  });

  it('says so when sync refuses a settings save, and keeps what was stored', async () => {
    act(() => render(<TimerSettingsForm />, root));
    await until(() => Boolean(root.querySelector('#timer-setting-coldMinutes')), 'form');
    const cold = root.querySelector('#timer-setting-coldMinutes') as HTMLInputElement;
    await act(async () => {
      cold.value = '12';
      cold.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const refuse = vi
      .spyOn(fakeBrowser.storage.sync, 'set')
      .mockRejectedValue(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    await act(async () => button('Save settings')?.click());
    await until(() => root.textContent?.includes('could not be saved') ?? false, 'refused');
    refuse.mockRestore();
    expect(await timerSettingsStorage.getValue()).toEqual(defaultTimerSettings);
  });

  it('says why a session did not start when its state cannot be stored (storage full)', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    const full = vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if ('contrastTimerState' in items) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    act(() => render(<TimerView />, root));
    await until(() => Boolean(button('Start')), 'start button');
    await act(async () => button('Start')?.click());
    await until(() => root.textContent?.includes('The session did not start') ?? false, 'message');
    full.mockRestore();
    quiet.mockRestore();
    expect(button('Start')).toBeDefined();
    expect((await loadTimerState()).state.status).toBe('idle');
  });

  it('says an Undo was not done, not that a session did not start, when storage is full', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    await startThenStop();
    await until(() => !button('Undo')?.hasAttribute('aria-disabled'), 'undo ready');
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    const full = vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if ('contrastTimerState' in items) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    try {
      await act(async () => button('Undo')?.click());
      await until(() => root.textContent?.includes('Not done: ') ?? false, 'message');
    } finally {
      full.mockRestore();
      quiet.mockRestore();
    }
    expect(root.textContent).not.toContain('The session did not start');
    expect(root.textContent).toContain('The timer is as it was');
    expect((await loadTimerState()).state.status).toBe('stopped');
  });

  it("shows the worker's unsaved copy of a running session, with a notice", async () => {
    act(() => render(<TimerView />, root));
    await until(() => Boolean(button('Start')), 'start button');
    await act(async () => button('Start')?.click());
    await until(() => Boolean(button('Pause')), 'running');
    const running = await timerStateStorage.getValue();
    // As the worker leaves it when storage.local refuses the write: the stored state is older.
    await unsavedTimerStateStorage.setValue({ ...running, status: 'paused', remainingMs: 60_000 } as never);
    await until(() => root.textContent?.includes('cannot save its progress') ?? false, 'notice');
    expect(button('Resume')).toBeDefined();
    await unsavedTimerStateStorage.removeValue();
    await until(() => Boolean(button('Pause')), 'stored state again');
    expect(root.textContent).not.toContain('cannot save its progress');
  });

  it('shows a clear notice when the stored state is corrupt, and does not crash', async () => {
    await timerStateStorage.setValue({ status: 'running', endsAt: 'never' } as never);
    act(() => render(<TimerView />, root));
    await until(() => root.textContent?.includes('could not be read') ?? false, 'notice');
    expect(button('Start')).toBeDefined();
  });
});
