import { describe, expect, it } from 'vitest';
import {
  alarmName,
  backupDelayMs,
  overdueGraceMs,
  type TimerState,
  transition,
} from '@/lib/contrast/machine';
import { buildPlan } from '@/lib/contrast/protocol';
import { defaultTimerSettings } from '@/lib/contrast/settings';

const plan = buildPlan({ ...defaultTimerSettings, hotReadyMinutes: 2, endsSoonSeconds: 30 });
const t0 = 1_700_000_000_000;
const min = 60_000;
const start = () => transition({ status: 'idle' }, { type: 'start', plan, sessionId: 's1' }, t0);
const running = (state: TimerState) => {
  if (state.status !== 'running') throw new Error(`expected running, got ${state.status}`);
  return state;
};

describe('transition', () => {
  it('starts cold with an absolute deadline', () => {
    const state = running(start());
    expect(state.session.stepIndex).toBe(0);
    expect(state.endsAt).toBe(t0 + 10 * min);
  });

  it('moves to hot at the deadline and raises a phase alert', () => {
    const state = running(start());
    const next = running(
      transition(state, { type: 'alarm', name: alarmName('end', 's1', 0) }, state.endsAt + 20),
    );
    expect(next.session.stepIndex).toBe(1);
    expect(next.session.alert?.kind).toBe('phase');
    expect(next.endsAt).toBe(state.endsAt + 20 + 10 * min);
  });

  it('ignores a stale alarm for an older step or another session', () => {
    const state = running(start());
    const moved = transition(state, { type: 'alarm', name: alarmName('end', 's1', 0) }, state.endsAt);
    expect(transition(moved, { type: 'alarm', name: alarmName('end', 's1', 0) }, state.endsAt + 5)).toBe(
      moved,
    );
    expect(transition(moved, { type: 'alarm', name: alarmName('end', 'old', 1) }, state.endsAt + 5)).toBe(
      moved,
    );
    expect(transition(moved, { type: 'alarm', name: 'something-else' }, state.endsAt + 5)).toBe(moved);
  });

  it('says the session was interrupted when the deadline passed long ago, never skipping ahead', () => {
    const state = running(start());
    const late = state.endsAt + overdueGraceMs(plan) + 1;
    const next = transition(state, { type: 'check' }, late);
    expect(next.status).toBe('interrupted');
    if (next.status !== 'interrupted') return;
    expect(next.missedAt).toBe(state.endsAt);
    expect(next.session.stepIndex).toBe(0);
    const continued = running(transition(next, { type: 'resume' }, late + 1000));
    expect(continued.session.stepIndex).toBe(1);
    expect(continued.endsAt).toBe(late + 1000 + 10 * min);
  });

  it('a backup alarm handles a passed deadline whose own alarm died with a stopped worker', () => {
    const state = running(start());
    const backup = alarmName('backup', 's1', 0);
    // Before the deadline it does nothing.
    expect(transition(state, { type: 'alarm', name: backup }, state.endsAt - 1000)).toBe(state);
    // After it, the step moves on as its own alarm would have moved it, with the phase alert.
    const at = state.endsAt + backupDelayMs(plan);
    const next = running(transition(state, { type: 'alarm', name: backup }, at));
    expect(next.session.stepIndex).toBe(1);
    expect(next.session.alert).toMatchObject({ kind: 'phase', stepIndex: 1, raisedAt: at });
    // Once moved on, a late backup (or the end alarm itself) is stale.
    expect(transition(next, { type: 'alarm', name: backup }, at + 5)).toBe(next);
    expect(transition(next, { type: 'alarm', name: alarmName('end', 's1', 0) }, at + 5)).toBe(next);
  });

  it('a backup that comes within the grace is on time, even in a time-scaled build', () => {
    for (const scale of [1, 120, 300]) {
      const scaled = buildPlan(defaultTimerSettings, scale);
      // Two alarm polls (the end alarm up to one late, then the backup) plus a slow worker start.
      expect(overdueGraceMs(scaled)).toBeGreaterThanOrEqual(
        backupDelayMs(scaled) + (scale === 1 ? 30_000 : 1500),
      );
      const state = running(
        transition({ status: 'idle' }, { type: 'start', plan: scaled, sessionId: 'x' }, t0),
      );
      const late = state.endsAt + backupDelayMs(scaled) + 1000;
      expect(transition(state, { type: 'alarm', name: alarmName('backup', 'x', 0) }, late).status).toBe(
        'running',
      );
    }
  });

  it('pause then resume keeps the remaining time exactly', () => {
    const state = running(start());
    const paused = transition(state, { type: 'pause' }, t0 + 3 * min + 17);
    expect(paused).toMatchObject({ status: 'paused', remainingMs: 7 * min - 17 });
    const resumed = running(transition(paused, { type: 'resume' }, t0 + 50 * min));
    expect(resumed.endsAt - (t0 + 50 * min)).toBe(7 * min - 17);
  });

  it('gives the hot-pack heads-up once, two minutes before the hot phase', () => {
    const state = running(start());
    const name = alarmName('hotReady', 's1', 0);
    const warned = running(transition(state, { type: 'alarm', name }, t0 + 8 * min));
    expect(warned.session.alert?.kind).toBe('hotReady');
    expect(transition(warned, { type: 'alarm', name }, t0 + 8 * min + 10)).toBe(warned);
  });

  it('skip, +1 min, stop and acknowledge', () => {
    const state = running(start());
    const skipped = running(transition(state, { type: 'skip' }, t0 + min));
    expect(skipped.session.stepIndex).toBe(1);
    const extended = running(transition(skipped, { type: 'extend' }, t0 + min));
    expect(extended.endsAt).toBe(skipped.endsAt + min);
    const stopped = transition(extended, { type: 'stop' }, t0 + 2 * min);
    expect(stopped.status).toBe('stopped');
    expect(transition(stopped, { type: 'acknowledge' }, t0 + 3 * min)).toEqual({ status: 'idle' });
  });

  it('a skip pressed as the deadline passes (before its alarm) moves one phase, not two', () => {
    const state = running(start());
    // The cold phase's deadline has passed but its alarm has not fired yet (alarms can trail by ~1 s).
    const skipped = running(transition(state, { type: 'skip' }, state.endsAt + 300));
    expect(skipped.session.stepIndex).toBe(1);
    expect(plan.steps[1]?.kind).toBe('hot');
    // Within the early tolerance too.
    const early = running(transition(state, { type: 'skip' }, state.endsAt - 10));
    expect(early.session.stepIndex).toBe(1);
  });

  it('finishes after the last cold phase with a "remove the pack" alert', () => {
    let state: TimerState = start();
    let now = t0;
    while (state.status === 'running') {
      now = state.endsAt;
      state = transition(
        state,
        { type: 'alarm', name: alarmName('end', 's1', state.session.stepIndex) },
        now,
      );
    }
    expect(state.status).toBe('finished');
    if (state.status === 'finished') expect(state.session.alert?.kind).toBe('finished');
  });

  it('refuses a second session while one runs', () => {
    const state = start();
    expect(transition(state, { type: 'start', plan, sessionId: 's2' }, t0 + 1)).toBe(state);
  });
});
