import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newControlGuardMs, TimerControls } from '@/components/timer/TimerControls';
import { TimerStatus } from '@/components/timer/TimerStatus';
import { type TimerState, transition } from '@/lib/contrast/machine';
import { buildPlan } from '@/lib/contrast/protocol';
import { defaultTimerSettings } from '@/lib/contrast/settings';
import type { TimerCommand } from '@/lib/messages';

const plan = buildPlan({ ...defaultTimerSettings, swapSeconds: 0 });
const t0 = 1_700_000_000_000;
const running = transition({ status: 'idle' }, { type: 'start', plan, sessionId: 's1' }, t0);
const stopped = transition(running, { type: 'stop' }, t0 + 1000);
const paused = transition(running, { type: 'pause' }, t0 + 1000);
// Past the deadline by far: the browser was closed.
const interrupted = transition(running, { type: 'check' }, t0 + 3 * 3_600_000);
const wait = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

describe('TimerControls', () => {
  let root: HTMLElement;
  let commands: TimerCommand[];
  const show = (state: TimerState) =>
    act(() => render(<TimerControls state={state} onCommand={(c) => commands.push(c)} />, root));
  const button = (name: string) =>
    [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as HTMLButtonElement;
  beforeEach(() => {
    commands = [];
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    act(() => render(null, root));
    root.remove();
  });

  it('after Stop, a repeated press landing on Done within a moment does not dismiss the summary', async () => {
    show(running);
    act(() => button('Stop').click());
    expect(commands).toEqual(['stop']);
    show(stopped);
    // 28 ms later the same tremor presses again, where Done now is.
    await wait(28);
    act(() => button('Done').click());
    expect(commands).toEqual(['stop']);
    expect(button('Done').getAttribute('aria-disabled')).toBe('true');
    await wait(newControlGuardMs + 50);
    expect(button('Done').getAttribute('aria-disabled')).toBeNull();
    act(() => button('Done').click());
    expect(commands).toEqual(['stop', 'acknowledge']);
  });

  it("after Stop, Undo takes Pause's place and focus for the undo window, then Done does", async () => {
    const now = Date.now();
    const live = transition({ status: 'idle' }, { type: 'start', plan, sessionId: 's2' }, now);
    const justStopped = transition(live, { type: 'stop' }, now);
    show(live);
    button('Stop').focus();
    act(() => button('Stop').click());
    show(justStopped);
    expect(document.activeElement).toBe(button('Undo'));
    expect(button('Undo').hasAttribute('data-main')).toBe(true);
    expect(button('Done').classList.contains('primary')).toBe(false);
    // A second press of the tremor on Undo is ignored; a deliberate one a moment later is sent.
    act(() => button('Undo').click());
    await wait(newControlGuardMs + 50);
    act(() => button('Undo').click());
    expect(commands).toEqual(['stop', 'undo']);
    // Once the window has passed (a stored deadline), Undo is gone and Done is the main control.
    const closed =
      justStopped.status === 'stopped' && justStopped.undo
        ? { ...justStopped, undo: { ...justStopped.undo, until: Date.now() - 1 } }
        : justStopped;
    show(closed);
    expect(button('Undo')).toBeUndefined();
    expect(button('Done').hasAttribute('data-main')).toBe(true);
  });

  it('Pause becoming Resume: a second press on the same spot is ignored', async () => {
    show(running);
    act(() => button('Pause').click());
    show(paused);
    act(() => button('Resume').click());
    expect(commands).toEqual(['pause']);
  });

  describe('focus stays on the control pressed or the one that replaced it', () => {
    const focused = () => document.activeElement as HTMLElement | null;
    if (running.status !== 'running') throw new Error('not running');
    // The phase deadline passed a moment ago: the next phase runs and its alert waits.
    const alerted = transition(running, { type: 'check' }, running.endsAt + 50);
    const resumed = transition(paused, { type: 'resume' }, t0 + 2000);

    it('Start → Pause', () => {
      show({ status: 'idle' });
      button('Start').focus();
      act(() => button('Start').click());
      show(running);
      expect(focused()?.textContent).toBe('Pause');
    });

    it('Pause → Resume → Pause', async () => {
      show(running);
      button('Pause').focus();
      show(paused);
      expect(focused()?.textContent).toBe('Resume');
      await wait(newControlGuardMs + 50);
      act(() => button('Resume').click());
      show(resumed);
      expect(focused()?.textContent).toBe('Pause');
    });

    it('Acknowledge → the main control that was beside it', () => {
      expect(alerted.status === 'running' && alerted.session.alert).toBeTruthy();
      show(running);
      show(alerted);
      button('Acknowledge').focus();
      act(() => button('Acknowledge').click());
      show(transition(alerted, { type: 'acknowledge' }, running.endsAt + 100));
      expect(focused()?.textContent).toBe('Pause');
    });

    it('an alert arriving does not take focus from Pause', () => {
      show(running);
      button('Pause').focus();
      show(alerted);
      expect(focused()?.textContent).toBe('Pause');
    });

    it('Stop → Done', () => {
      show(running);
      button('Stop').focus();
      show(stopped);
      expect(focused()?.textContent).toBe('Done');
    });

    it('a control not focused does not pull focus when the controls change', () => {
      const outside = document.createElement('button');
      document.body.append(outside);
      outside.focus();
      show(running);
      show(paused);
      expect(focused()).toBe(outside);
      outside.remove();
    });
  });

  it('controls shown when the view opens act at once', () => {
    show(stopped);
    act(() => button('Done').click());
    expect(commands).toEqual(['acknowledge']);
  });

  it('interrupted: the two choices, no Acknowledge that would take the explanation away', () => {
    expect(interrupted.status).toBe('interrupted');
    show(interrupted);
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      'Remove the pack and stop',
      'Continue from the next phase',
    ]);
  });

  it('interrupted: the explanation stays when the alert was silenced (shortcut, notification, reload)', () => {
    if (interrupted.status !== 'interrupted') throw new Error('not interrupted');
    const silenced = transition(interrupted, { type: 'acknowledge' }, t0 + 3 * 3_600_000 + 10);
    expect(silenced.status === 'interrupted' && silenced.session.alert).toBeNull();
    if (silenced.status !== 'interrupted') throw new Error('not interrupted');
    act(() => render(<TimerStatus state={silenced} now={t0} left={null} />, root));
    expect(root.textContent).toMatch(
      /Cold phase ended at .* while the browser was closed or the computer slept/,
    );
    expect(root.textContent).toContain('Remove the pack and stop, or continue from the next phase.');
  });
});
