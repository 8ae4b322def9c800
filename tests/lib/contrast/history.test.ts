import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { endedRecord } from '@/lib/contrast/effects';
import { contrastSessionRecordSchema } from '@/lib/contrast/history';
import {
  alarmName,
  phasesCompleted,
  phasesSkipped,
  type TimerState,
  transition,
  undoStopMs,
} from '@/lib/contrast/machine';
import { buildPlan } from '@/lib/contrast/protocol';
import { defaultTimerSettings } from '@/lib/contrast/settings';
import { checkTimerState } from '@/lib/contrast/state';

// Default plan without pack changes: C W C W C W C, 7 phases.
const plan = buildPlan({ ...defaultTimerSettings, swapSeconds: 0, rounds: 3 });
const t0 = 1_700_000_000_000;
const start = (): TimerState => transition({ status: 'idle' }, { type: 'start', plan, sessionId: 's1' }, t0);
const endStep = (state: TimerState): TimerState =>
  state.status === 'running'
    ? transition(
        state,
        { type: 'alarm', name: alarmName('end', state.session.id, state.session.stepIndex) },
        state.endsAt,
      )
    : state;
const at = (state: TimerState) => (state.status === 'running' ? state.endsAt - 1000 : t0);

describe('the history tells skipped phases from completed ones', () => {
  it('a phase skipped is not a phase done', () => {
    expect(plan.steps).toHaveLength(7);
    // Run 3 phases, skip 2, then stop: 3 of 7 done, 2 skipped.
    let state = endStep(endStep(endStep(start())));
    state = transition(state, { type: 'skip' }, at(state));
    state = transition(state, { type: 'skip' }, at(state));
    const stoppedAt = at(state);
    state = transition(state, { type: 'stop' }, stoppedAt);
    expect(state.status).toBe('stopped');
    // No record while the stop can be undone; one once its window has closed.
    expect(endedRecord(state)).toBeNull();
    state = transition(state, { type: 'check' }, stoppedAt + undoStopMs);
    expect(endedRecord(state)).toMatchObject({
      outcome: 'stopped',
      phasesCompleted: 3,
      phasesSkipped: 2,
      totalPhases: 7,
    });
  });

  it('a session ended by skipping its last phases is not stored as all done', () => {
    let state = start();
    for (let i = 0; i < 5; i++) state = endStep(state);
    state = transition(state, { type: 'skip' }, at(state));
    state = transition(state, { type: 'skip' }, at(state));
    expect(state.status).toBe('finished');
    expect(endedRecord(state)).toMatchObject({ phasesCompleted: 5, phasesSkipped: 2, totalPhases: 7 });
  });

  it('a skip while paused counts as skipped, and survives a worker restart (stored state)', () => {
    let state = endStep(start());
    state = transition(state, { type: 'pause' }, at(state));
    state = transition(state, { type: 'skip' }, t0 + 20 * 60_000);
    expect(state.status).toBe('paused');
    state = checkTimerState(JSON.parse(JSON.stringify(state))).state;
    expect(phasesSkipped(state)).toBe(1);
    expect(phasesCompleted(state)).toBe(1);
  });

  it('a session run to its end: every phase done, none skipped', () => {
    let state = start();
    while (state.status === 'running') state = endStep(state);
    expect(endedRecord(state)).toMatchObject({ outcome: 'finished', phasesCompleted: 7, phasesSkipped: 0 });
  });

  it('a skipped pack change is not a skipped phase', () => {
    const withSwaps = buildPlan({ ...defaultTimerSettings, swapSeconds: 20, rounds: 1 });
    let state: TimerState = transition(
      { status: 'idle' },
      { type: 'start', plan: withSwaps, sessionId: 's2' },
      t0,
    );
    state = endStep(state); // cold done → swap
    expect(withSwaps.steps[1]?.kind).toBe('swap');
    state = transition(state, { type: 'skip' }, at(state));
    expect(phasesSkipped(state)).toBe(0);
    expect(phasesCompleted(state)).toBe(1);
  });

  it('a stored session from before skips were kept still reads (none known skipped)', () => {
    const state = endStep(start());
    if (state.status !== 'running') throw new Error('not running');
    const { skipped: _none, ...old } = state.session;
    const checked = checkTimerState(JSON.parse(JSON.stringify({ ...state, session: old })));
    expect(checked.corrupt).toBe(false);
    expect(phasesCompleted(checked.state)).toBe(1);
  });

  it('one schema for the record: a record stored before phasesSkipped existed still reads', () => {
    const old = {
      id: 's0',
      startedAt: t0,
      endedAt: t0 + 3_600_000,
      phasesCompleted: 7,
      totalPhases: 7,
      outcome: 'finished',
    };
    const parsed = v.safeParse(contrastSessionRecordSchema, old);
    expect(parsed.success).toBe(true);
    expect(parsed.output).toEqual(old);
    expect(v.safeParse(contrastSessionRecordSchema, { ...old, phasesSkipped: 2 }).output).toMatchObject({
      phasesSkipped: 2,
    });
    expect(v.safeParse(contrastSessionRecordSchema, { ...old, outcome: 'done' }).success).toBe(false);
  });
});
