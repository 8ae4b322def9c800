import { describe, expect, it } from 'vitest';
import { effectsOf } from '@/lib/contrast/effects';
import {
  alarmName,
  seenOf,
  type TimerEvent,
  type TimerState,
  transition,
  undoStopMs,
} from '@/lib/contrast/machine';
import { buildPlan } from '@/lib/contrast/protocol';
import { desiredAlarms } from '@/lib/contrast/schedule';
import { defaultTimerSettings } from '@/lib/contrast/settings';
import { checkTimerState } from '@/lib/contrast/state';

// Stop gives 10 s to undo (issue 13, item 4): the window is a stored deadline, Undo brings the session
// back as it was (a deadline passed meanwhile is caught up), and the history record waits for the stop
// to be final.

const plan = buildPlan({ ...defaultTimerSettings, hotReadyMinutes: 0, endsSoonSeconds: 0 });
const t0 = 1_700_000_000_000;
const min = 60_000;
const running = transition({ status: 'idle' }, { type: 'start', plan, sessionId: 'u1' }, t0) as Extract<
  TimerState,
  { status: 'running' }
>;
const press = (s: TimerState, type: 'stop' | 'undo' | 'acknowledge' | 'pause') =>
  ({ type, seen: seenOf(s) }) as TimerEvent;
const stopAt = t0 + 4 * min;
const stopped = transition(running, press(running, 'stop'), stopAt);

describe('Stop, then Undo', () => {
  it('Stop keeps the session as it was and an absolute deadline for Undo, stored and valid', () => {
    expect(stopped).toMatchObject({
      status: 'stopped',
      endedAt: stopAt,
      undo: { until: stopAt + undoStopMs, state: running },
    });
    expect(checkTimerState(JSON.parse(JSON.stringify(stopped)))).toEqual({ state: stopped, corrupt: false });
  });

  it('Undo within the window restores the running session with its deadline, and re-arms it', () => {
    const restored = transition(stopped, press(stopped, 'undo'), stopAt + 9_000);
    expect(restored).toMatchObject({ status: 'running', endsAt: running.endsAt });
    if (restored.status !== 'running') return;
    expect(restored.session).toMatchObject({ id: 'u1', stepIndex: 0, alert: null });
    const names = desiredAlarms(restored, { repeatChime: true }, stopAt + 9_000).map((a) => a.name);
    expect(names).toContain(alarmName('end', 'u1', 0));
    expect(desiredAlarms(restored, { repeatChime: true }, stopAt + 9_000)).toContainEqual({
      name: alarmName('end', 'u1', 0),
      when: running.endsAt,
    });
  });

  it('a paused session comes back paused with the time it had left', () => {
    const paused = transition(running, press(running, 'pause'), t0 + min);
    const stop = transition(paused, press(paused, 'stop'), t0 + 2 * min);
    expect(transition(stop, press(stop, 'undo'), t0 + 2 * min + 500)).toMatchObject({
      status: 'paused',
      remainingMs: paused.status === 'paused' ? paused.remainingMs : -1,
    });
  });

  it('a deadline that passed during the window is caught up, as after a stopped worker: the next phase, told now', () => {
    const late = transition(running, press(running, 'stop'), running.endsAt - 3_000);
    const restored = transition(late, press(late, 'undo'), running.endsAt + 5_000);
    expect(restored).toMatchObject({
      status: 'running',
      session: { stepIndex: 1, alert: { kind: 'phase', stepIndex: 1 } },
      // The person changes packs when told: the next phase gets its full length from then.
      endsAt: running.endsAt + 5_000 + (plan.steps[1]?.durationMs ?? 0),
    });
  });

  it('Undo after the window does nothing; the window closes on its deadline (alarm or check)', () => {
    const until = stopAt + undoStopMs;
    const expired = transition(stopped, press(stopped, 'undo'), until);
    expect(expired).toEqual({ status: 'stopped', session: running.session, endedAt: stopAt });
    const alarms = desiredAlarms(stopped, { repeatChime: true }, stopAt);
    expect(alarms).toContainEqual({ name: alarmName('undo', 'u1', 0), when: until });
    expect(transition(stopped, { type: 'alarm', name: alarmName('undo', 'u1', 0) }, until)).toEqual(expired);
    expect(transition(stopped, { type: 'alarm', name: alarmName('undo', 'u1', 0) }, until - 5_000)).toBe(
      stopped,
    );
    expect(desiredAlarms(expired, { repeatChime: true }, until)).toEqual([]);
  });

  it('a double press on Stop or on Undo acts once', () => {
    const stop = press(running, 'stop');
    const once = transition(running, stop, stopAt);
    expect(transition(once, stop, stopAt + 100)).toBe(once);
    const undo = press(once, 'undo');
    const back = transition(once, undo, stopAt + 1_000);
    expect(back.status).toBe('running');
    expect(transition(back, undo, stopAt + 1_100)).toBe(back);
    // A press issued before the stop (a late Pause) does not act on the restored session.
    expect(transition(back, press(running, 'pause'), stopAt + 1_200)).toBe(back);
  });
});

describe('the history record of a stop that can be undone', () => {
  const records = (prev: TimerState, next: TimerState) =>
    effectsOf(prev, next).filter((e) => e.type === 'record');

  it('none at Stop, none at Undo; one when the window closes', () => {
    expect(records(running, stopped)).toEqual([]);
    const restored = transition(stopped, press(stopped, 'undo'), stopAt + 1_000);
    expect(records(stopped, restored)).toEqual([]);
    const closed = transition(stopped, { type: 'check' }, stopAt + undoStopMs);
    expect(records(stopped, closed)).toMatchObject([
      { record: { id: 'u1', outcome: 'stopped', endedAt: stopAt } },
    ]);
    expect(records(closed, transition(closed, { type: 'check' }, stopAt + 2 * undoStopMs))).toEqual([]);
  });

  it('one when Done or a new session makes the stop final inside the window', () => {
    const done = transition(stopped, press(stopped, 'acknowledge'), stopAt + 1_000);
    expect(done).toEqual({ status: 'idle' });
    expect(records(stopped, done)).toMatchObject([{ record: { id: 'u1', outcome: 'stopped' } }]);
    const next = transition(stopped, { type: 'start', plan, sessionId: 'u2' }, stopAt + 1_000);
    expect(records(stopped, next)).toMatchObject([{ record: { id: 'u1' } }]);
  });
});
