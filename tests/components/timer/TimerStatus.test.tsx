import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TimerStatus, TimerTimeline } from '@/components/timer/TimerStatus';
import { alarmName, type TimerState, transition } from '@/lib/contrast/machine';
import { buildPlan } from '@/lib/contrast/protocol';
import { defaultTimerSettings } from '@/lib/contrast/settings';

const plan = buildPlan({ ...defaultTimerSettings, swapSeconds: 0 });
const t0 = 1_700_000_000_000;
const endStep = (state: TimerState): TimerState =>
  state.status === 'running'
    ? transition(
        state,
        { type: 'alarm', name: alarmName('end', 's1', state.session.stepIndex) },
        state.endsAt,
      )
    : state;
const skip = (state: TimerState): TimerState =>
  transition(state, { type: 'skip' }, state.status === 'running' ? state.endsAt - 1000 : t0);

describe('TimerStatus: skipped phases are not shown as done', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    act(() => render(null, root));
    root.remove();
  });
  const show = (state: TimerState) => {
    if (state.status === 'idle') throw new Error('idle');
    act(() =>
      render(
        <>
          <TimerStatus state={state} now={t0} left={null} />
          <TimerTimeline state={state} />
        </>,
        root,
      ),
    );
  };

  it('a stopped session says how many phases ran and how many were skipped', () => {
    let state = transition({ status: 'idle' }, { type: 'start', plan, sessionId: 's1' }, t0);
    state = skip(skip(endStep(state)));
    state = transition(state, { type: 'stop' }, t0 + 30 * 60_000);
    show(state);
    expect(root.querySelector('.timer-summary')?.textContent).toBe(
      'Session stopped. 1 of 7 phases done, 2 skipped.',
    );
    const progress = [...root.querySelectorAll('.timer-timeline li')].map((li) =>
      li.getAttribute('data-progress'),
    );
    expect(progress).toEqual(['done', 'skipped', 'skipped', 'current', 'todo', 'todo', 'todo']);
    expect(root.querySelectorAll('.timer-timeline li')[1]?.textContent).toContain('(skipped)');
  });

  it('a session that ended by skips is not "7 of 7 phases done"', () => {
    let state = transition({ status: 'idle' }, { type: 'start', plan, sessionId: 's1' }, t0);
    for (let i = 0; i < 6; i++) state = endStep(state);
    state = skip(state);
    expect(state.status).toBe('finished');
    show(state);
    expect(root.querySelector('.timer-summary')?.textContent).toBe(
      'Session finished. 6 of 7 phases done, 1 skipped.',
    );
  });

  it('a session run to its end says all phases done, with no skips mentioned', () => {
    let state = transition({ status: 'idle' }, { type: 'start', plan, sessionId: 's1' }, t0);
    while (state.status === 'running') state = endStep(state);
    show(state);
    expect(root.querySelector('.timer-summary')?.textContent).toBe('Session finished. 7 of 7 phases done.');
  });
});
