import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alarmName,
  overdueGraceMs,
  remainingMs,
  type TimerEvent,
  type TimerState,
  transition,
} from '@/lib/contrast/machine';
import { buildPlan } from '@/lib/contrast/protocol';
import { timerLimits } from '@/lib/contrast/settings';
import { checkTimerState } from '@/lib/contrast/state';

const int = ({ min, max }: { min: number; max: number }) => fc.integer({ min, max });
const settingsArb = fc.record({
  coldMinutes: int(timerLimits.coldMinutes),
  hotMinutes: int(timerLimits.hotMinutes),
  rounds: int(timerLimits.rounds),
  swapSeconds: int(timerLimits.swapSeconds),
  hotReadyMinutes: int(timerLimits.hotReadyMinutes),
  endsSoonSeconds: int(timerLimits.endsSoonSeconds),
});

type Step = { kind: string; session?: 'current' | 'stale'; stepOffset?: number; dt: number };
const stepArb: fc.Arbitrary<Step> = fc.record({
  kind: fc.constantFrom(
    'start',
    'pause',
    'resume',
    'skip',
    'extend',
    'stop',
    'acknowledge',
    'check',
    'end',
    'hotReady',
    'endsSoon',
    'chime',
    'badge',
  ),
  session: fc.constantFrom('current' as const, 'stale' as const),
  stepOffset: fc.constantFrom(0, 0, 0, -1, 1),
  // Small steps, deadline-sized steps and big jumps (sleep, browser closed), sometimes backwards.
  dt: fc.oneof(
    fc.integer({ min: 0, max: 2_000 }),
    fc.integer({ min: 0, max: 30 * 60_000 }),
    fc.integer({ min: -5_000, max: 3 * 3_600_000 }),
  ),
});

function toEvent(step: Step, state: TimerState, plan: ReturnType<typeof buildPlan>, n: number): TimerEvent {
  if (step.kind === 'start') return { type: 'start', plan, sessionId: `s${n}` };
  if (['pause', 'resume', 'skip', 'extend', 'stop', 'acknowledge', 'check'].includes(step.kind))
    return { type: step.kind } as TimerEvent;
  const id = state.status === 'idle' || step.session === 'stale' ? 'stale-session' : state.session.id;
  const index =
    step.kind === 'chime'
      ? state.status === 'idle'
        ? 1
        : (state.session.alert?.id ?? 0) + (step.stepOffset ?? 0)
      : (state.status === 'idle' ? 0 : state.session.stepIndex) + (step.stepOffset ?? 0);
  return { type: 'alarm', name: alarmName(step.kind as 'end', id, index) };
}

describe('timer machine properties', () => {
  it('keeps its invariants over random events and clock jumps', () => {
    fc.assert(
      fc.property(settingsArb, fc.array(stepArb, { maxLength: 60 }), (settings, steps) => {
        const plan = buildPlan(settings);
        let state: TimerState = { status: 'idle' };
        let now = 1_700_000_000_000;
        steps.forEach((step, n) => {
          now += step.dt;
          const event = toEvent(step, state, plan, n);
          const before = state;
          state = transition(before, event, now);

          // Every state the machine makes is one storage keeps: read back through the stored schema
          // after a JSON round trip (as storage serializes), nothing is dropped or changed.
          expect(checkTimerState(JSON.parse(JSON.stringify(state)))).toEqual({ state, corrupt: false });

          // Cold first and last, whatever the settings.
          if (state.status !== 'idle') {
            const kinds = state.session.plan.steps.map((s) => s.kind);
            expect(kinds[0]).toBe('cold');
            expect(kinds.at(-1)).toBe('cold');
          }
          // Remaining time is never negative.
          expect(remainingMs(state, now) ?? 0).toBeGreaterThanOrEqual(0);
          // One session at most: a start during a session changes nothing about it.
          if (
            event.type === 'start' &&
            before.status !== 'idle' &&
            ['running', 'paused', 'interrupted'].includes(before.status)
          ) {
            expect(state.status === 'idle' ? null : state.session.id).toBe(before.session.id);
          }
          // Phases go in order within a session: the step index never goes back.
          if (before.status !== 'idle' && state.status !== 'idle' && before.session.id === state.session.id) {
            expect(state.session.stepIndex).toBeGreaterThanOrEqual(before.session.stepIndex);
            expect(state.session.stepIndex - before.session.stepIndex).toBeLessThanOrEqual(1);
          }
          // A stale alarm (another session, or another step) changes nothing.
          if (event.type === 'alarm' && before.status !== 'idle') {
            const stale = step.session === 'stale' || (step.stepOffset ?? 0) !== 0;
            if (stale) expect(state).toBe(before);
          }
          // Overdue → interrupted, never skipped silently.
          if (
            before.status === 'running' &&
            now > before.endsAt + overdueGraceMs(before.session.plan) &&
            !(event.type === 'alarm' && state === before)
          ) {
            expect(state.status === 'interrupted' || state.status === 'stopped').toBe(true);
            if (state.status !== 'idle')
              expect(state.session.stepIndex - before.session.stepIndex).toBeLessThanOrEqual(1);
            if (state.status === 'interrupted')
              expect(state.session.stepIndex).toBe(before.session.stepIndex);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('pause then resume keeps the remaining time exactly, whatever the pause length', () => {
    fc.assert(
      fc.property(
        settingsArb,
        fc.integer({ min: 0, max: 10 * 60_000 }),
        fc.integer({ min: 0, max: 1e9 }),
        (settings, at, pauseFor) => {
          const t0 = 1_700_000_000_000;
          const started = transition(
            { status: 'idle' },
            { type: 'start', plan: buildPlan(settings), sessionId: 'p' },
            t0,
          );
          if (started.status !== 'running') throw new Error('not running');
          const pauseAt = t0 + Math.min(at, started.endsAt - t0 - 100);
          const paused = transition(started, { type: 'pause' }, pauseAt);
          const resumed = transition(paused, { type: 'resume' }, pauseAt + pauseFor);
          expect(remainingMs(resumed, pauseAt + pauseFor)).toBe(started.endsAt - pauseAt);
        },
      ),
    );
  });
});
