import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alarmName,
  type Seen,
  seenOf,
  type TimerEvent,
  type TimerState,
  transition,
} from '@/lib/contrast/machine';
import { buildPlan } from '@/lib/contrast/protocol';
import { defaultTimerSettings } from '@/lib/contrast/settings';
import { checkTimerState } from '@/lib/contrast/state';

// The rule, per command: a command names the state it was issued against (`seen`: status, session, step,
// pause/resume/+1 min presses applied to the step, alert) and applies only while that is still the state.
// - skip, pause, resume, continue (resume when interrupted), +1 min, stop, start: same status, session,
//   step and count of presses: the same press delivered twice counts once (even after a Resume in
//   between); a second deliberate +1 min, issued after the first showed, counts too. An alert raised
//   meanwhile (a heads-up as the press lands) does not matter.
// - acknowledge: all of that and the same alert (its id): a new alert, or the summary of a session that
//   ended after the press, is not dismissed by it.
// Panel: a second press of the same control within 600 ms names the state the first press named.
// Browser keyboard commands and notification buttons: the state the worker held when the press arrived.

const plan = buildPlan({ ...defaultTimerSettings, hotReadyMinutes: 2, endsSoonSeconds: 30 });
const t0 = 1_700_000_000_000;
const min = 60_000;
const started = transition({ status: 'idle' }, { type: 'start', plan, sessionId: 's1' }, t0);
const step = (s: TimerState) => (s.status === 'idle' ? -1 : s.session.stepIndex);
const press = (s: TimerState, type: 'skip' | 'pause' | 'resume' | 'extend' | 'stop' | 'acknowledge') =>
  ({ type, seen: seenOf(s) }) as TimerEvent;

describe('commands issued against a state', () => {
  it('a second Skip for the same step is a no-op', () => {
    const skip = press(started, 'skip');
    const once = transition(started, skip, t0 + 1000);
    expect(step(once)).toBe(1);
    const twice = transition(once, skip, t0 + 1090);
    expect(step(twice)).toBe(1);
    expect(twice).toBe(once);
    // Three quick presses from the first phase do not end the session.
    expect(transition(twice, skip, t0 + 1200)).toBe(once);
  });

  it('Skip issued against a step the deadline already ended does nothing', () => {
    const skip = press(started, 'skip');
    const first = plan.steps[0]?.durationMs ?? 0;
    const moved = transition(started, { type: 'check' }, t0 + first + 10);
    expect(step(moved)).toBe(1);
    expect(step(transition(moved, skip, t0 + first + 20))).toBe(1);
  });

  it('a deliberate second +1 min counts; the same press delivered twice counts once', () => {
    const first = press(started, 'extend');
    const a = transition(started, first, t0 + 10);
    const dup = transition(a, first, t0 + 20);
    expect(dup).toBe(a);
    const second = transition(a, press(a, 'extend'), t0 + 30);
    const end = (s: TimerState) => (s.status === 'running' ? s.endsAt : 0);
    expect(end(a) - end(started)).toBe(plan.minuteMs);
    expect(end(second) - end(started)).toBe(2 * plan.minuteMs);
  });

  it('Pause then a repeated Pause, and Resume then a repeated Resume, each apply once', () => {
    const pause = press(started, 'pause');
    const paused = transition(started, pause, t0 + 100);
    expect(paused.status).toBe('paused');
    const resume = press(paused, 'resume');
    const resumed = transition(paused, resume, t0 + 200);
    expect(resumed.status).toBe('running');
    expect(transition(resumed, pause, t0 + 250)).toBe(resumed);
    expect(transition(resumed, resume, t0 + 260)).toBe(resumed);
  });

  it('a repeated Stop does not dismiss the summary; Done issued against the summary does', () => {
    const stop = press(started, 'stop');
    const stopped = transition(started, stop, t0 + 100);
    expect(stopped.status).toBe('stopped');
    expect(transition(stopped, stop, t0 + 128)).toBe(stopped);
    // A press that landed on Done but was issued against the running session does not dismiss it.
    expect(transition(stopped, { type: 'acknowledge', seen: seenOf(started) }, t0 + 128)).toBe(stopped);
    expect(transition(stopped, press(stopped, 'acknowledge'), t0 + 2000).status).toBe('idle');
  });

  it('Acknowledge clears only the alert it was issued against', () => {
    const first = plan.steps[0]?.durationMs ?? 0;
    const alerted = transition(started, { type: 'check' }, t0 + first);
    const ack = press(alerted, 'acknowledge');
    const acked = transition(alerted, ack, t0 + first + 10);
    expect(acked.status !== 'idle' && acked.session.alert).toBe(null);
    // A new alert comes; the stale acknowledge does not clear it.
    const next = plan.steps[1]?.durationMs ?? 0;
    const again = transition(acked, { type: 'check' }, t0 + first + next + 20);
    expect(again.status !== 'idle' && again.session.alert).not.toBe(null);
    expect(transition(again, ack, t0 + first + next + 30)).toBe(again);
  });

  it('a heads-up raised as the press lands does not drop the press; an acknowledge of the step does not clear it', () => {
    const skip = press(started, 'skip');
    const first = plan.steps[0]?.durationMs ?? 0;
    const warned = transition(
      started,
      { type: 'alarm', name: alarmName('hotReady', 's1', 0) },
      t0 + first - plan.hotReadyMs,
    );
    expect(warned.status !== 'idle' && warned.session.alert?.kind).toBe('hotReady');
    expect(transition(warned, press(started, 'acknowledge'), t0 + first - plan.hotReadyMs + 10)).toBe(warned);
    expect(step(transition(warned, skip, t0 + first - plan.hotReadyMs + 10))).toBe(1);
  });

  it('a command from another session does nothing', () => {
    const other = transition({ status: 'idle' }, { type: 'start', plan, sessionId: 's2' }, t0);
    expect(transition(started, press(other, 'skip'), t0 + 10)).toBe(started);
  });

  it('the count of presses is stored and checked', () => {
    const a = transition(started, press(started, 'extend'), t0 + 10);
    const checked = checkTimerState(JSON.parse(JSON.stringify(a)));
    expect(checked.corrupt).toBe(false);
    expect(seenOf(checked.state)).toBe(seenOf(a));
    expect(seenOf(a)).not.toBe(seenOf(started));
  });

  it('the count restarts at 0 at the next step and stays in the state, so the state does not shrink', () => {
    // Storage full: a state storage refused must not be taken a step later only because it got shorter.
    const paused = transition(started, press(started, 'pause'), t0 + 10);
    const resumed = transition(paused, press(paused, 'resume'), t0 + 20);
    const skipped = transition(resumed, press(resumed, 'skip'), t0 + 30);
    expect(seenOf(skipped)).toBe(`running|s1|1|0~undefined`);
    // It grows by the skip it records (history: skipped, not done), never shrinks.
    expect(JSON.stringify(skipped).length).toBeGreaterThanOrEqual(JSON.stringify(resumed).length);
  });
});

type Op =
  | { kind: 'command'; type: 'skip' | 'pause' | 'resume' | 'extend' | 'stop' | 'acknowledge'; copies: number }
  | { kind: 'alarm'; dt: number }
  | { kind: 'restart' };
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('command' as const),
    type: fc.constantFrom('skip', 'pause', 'resume', 'extend', 'stop', 'acknowledge'),
    copies: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({ kind: fc.constant('alarm' as const), dt: fc.integer({ min: 0, max: 20 * min }) }),
  fc.record({ kind: fc.constant('restart' as const) }),
);

describe('property: duplicated commands', () => {
  it('delivering each command 1-3 times ends in the same state as delivering it once', () => {
    fc.assert(
      fc.property(
        fc.array(opArb, { maxLength: 40 }),
        fc.array(fc.integer({ min: 0, max: 400 })),
        (ops, gaps) => {
          let once: TimerState = started;
          let many: TimerState = started;
          let now = t0;
          ops.forEach((op, i) => {
            now += 1 + (gaps[i] ?? 0);
            if (op.kind === 'restart') {
              // A worker restart: the state comes back from storage, and the worker looks at it.
              many = checkTimerState(JSON.parse(JSON.stringify(many))).state;
              once = transition(once, { type: 'check' }, now);
              many = transition(many, { type: 'check' }, now);
              return;
            }
            if (op.kind === 'alarm') {
              now += op.dt;
              const step = once.status === 'idle' ? 0 : once.session.stepIndex;
              const name = alarmName('end', 's1', step);
              once = transition(once, { type: 'alarm', name }, now);
              many = transition(many, { type: 'alarm', name }, now);
              return;
            }
            const seen: Seen = seenOf(once);
            const event = { type: op.type, seen } as TimerEvent;
            once = transition(once, event, now);
            for (let c = 0; c < op.copies; c++) many = transition(many, event, now + c * 20);
          });
          expect(JSON.parse(JSON.stringify(many))).toEqual(JSON.parse(JSON.stringify(once)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
