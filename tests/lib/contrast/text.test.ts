import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alarmName,
  overdueGraceMs,
  pendingHeadsUp,
  type TimerState,
  transition,
} from '@/lib/contrast/machine';
import { buildPlan } from '@/lib/contrast/protocol';
import { defaultTimerSettings, timerLimits } from '@/lib/contrast/settings';
import { alertText, badgeColor, badgeText } from '@/lib/contrast/text';

const t0 = 1_700_000_000_000;
const min = 60_000;
const start = transition(
  { status: 'idle' },
  { type: 'start', plan: buildPlan(defaultTimerSettings), sessionId: 'b' },
  t0,
) as Extract<TimerState, { status: 'running' }>;

describe('badge', () => {
  it.each([
    [0, '10C'],
    [1, '10C'],
    [min, '9C'],
    [9 * min + 1, '1C'],
  ])('shows whole minutes left and the phase letter (%i ms in → %s)', (elapsed, text) => {
    expect(badgeText(start, t0 + elapsed)).toBe(text);
  });

  it('says W (warm) and changes colour in a warm phase, and is empty when idle', () => {
    const hot = transition(start, { type: 'alarm', name: alarmName('end', 'b', 0) }, t0 + 10 * min);
    expect(badgeText(hot, t0 + 10 * min)).toBe('10W');
    expect(badgeColor(hot)).not.toBe(badgeColor(start));
    expect(badgeText({ status: 'idle' }, t0)).toBe('');
  });
});

describe('the warm-pack heads-up', () => {
  const int = ({ min, max }: { min: number; max: number }) => fc.integer({ min, max });
  const settingsArb = fc.record({
    coldMinutes: int(timerLimits.coldMinutes),
    hotMinutes: int(timerLimits.hotMinutes),
    rounds: int(timerLimits.rounds),
    swapSeconds: int(timerLimits.swapSeconds),
    hotReadyMinutes: int({ min: 1, max: timerLimits.hotReadyMinutes.max }),
    endsSoonSeconds: int(timerLimits.endsSoonSeconds),
  });

  // Any time the worker may handle the alarm: on time, a little early, or late up to the overdue grace.
  const scaleArb = fc.constantFrom(1, 30, 300);

  it('names the minutes really left before the warm phase, for every phase length and heads-up time', () => {
    fc.assert(
      fc.property(
        settingsArb,
        scaleArb,
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 1000 }),
        (settings, scale, lateShare, pauseShare) => {
          const plan = buildPlan(settings, scale);
          const running = transition({ status: 'idle' }, { type: 'start', plan, sessionId: 'h' }, t0);
          const due = pendingHeadsUp(running, 'hotReady');
          expect(due).not.toBeNull();
          const late = Math.round(((overdueGraceMs(plan) + 40) * lateShare) / 1000) - 40;
          const at = (due ?? t0) + late;
          // The warm phase starts after the first cold phase and any pack change before it.
          const firstWarm = plan.steps.findIndex((step) => step.kind === 'hot');
          const warmStartsAt =
            t0 + plan.steps.slice(0, firstWarm).reduce((sum, step) => sum + step.durationMs, 0);
          const nominal = warmStartsAt - (due ?? t0);
          const alerted = transition(running, { type: 'alarm', name: alarmName('hotReady', 'h', 0) }, at);
          const alert = alerted.status === 'running' ? alerted.session.alert : null;
          const left = ((warmStartsAt - at) * scale) / min; // protocol minutes really left
          if (!alert) {
            // Dropped only when so late that less than half its lead is left (never when on time).
            expect(late).toBeGreaterThan(0);
            expect(warmStartsAt - at).toBeLessThan(nominal / 2);
            return;
          }
          expect(alert.kind).toBe('hotReady');
          const said = Number(/starts in (\d+) minutes?\./.exec(alertText(alerted, alert))?.[1]);
          // The whole minutes nearest the time left; "1 minute", never "1 minutes".
          expect(Math.abs(said - left)).toBeLessThanOrEqual(0.5);
          expect(said).toBeGreaterThanOrEqual(1);
          expect(alertText(alerted, alert)).toBe(
            said === 1
              ? 'Get the warm pack ready: the warm phase starts in 1 minute.'
              : `Get the warm pack ready: the warm phase starts in ${said} minutes.`,
          );
          // Paused later in the step (not at its end), the banner says what an on-time heads-up said: the
          // same text when it came on time; when it came a little early it counted that extra time
          // (40 ms is 12 protocol seconds at 300×), which can round to one minute more than the plan's.
          const pausedAt = at + Math.floor(((warmStartsAt - at) * pauseShare) / 2000);
          const paused = transition(alerted, { type: 'pause' }, pausedAt);
          if (late <= 0 && paused.status === 'paused' && paused.session.alert?.id === alert.id) {
            const pausedText = alertText(paused, paused.session.alert);
            if (late === 0) expect(pausedText).toBe(alertText(alerted, alert));
            const pausedSaid = Number(/starts in (\d+) minutes?\./.exec(pausedText)?.[1]);
            expect(said - pausedSaid).toBeGreaterThanOrEqual(0);
            expect(said - pausedSaid).toBeLessThanOrEqual(1);
          }
        },
      ),
    );
  });

  it('names the seconds really left before the phase ends, for every phase length and heads-up time', () => {
    fc.assert(
      fc.property(settingsArb, scaleArb, fc.integer({ min: 0, max: 1000 }), (settings, scale, lateShare) => {
        const plan = buildPlan({ ...settings, hotReadyMinutes: 0 }, scale);
        const running = transition({ status: 'idle' }, { type: 'start', plan, sessionId: 'e' }, t0);
        const due = pendingHeadsUp(running, 'endsSoon');
        if (due === null || running.status !== 'running') {
          // None when off, or when the lead is not shorter than the phase.
          expect(plan.endsSoonMs === 0 || plan.endsSoonMs >= (plan.steps[0]?.durationMs ?? 0)).toBe(true);
          return;
        }
        const late = Math.round(((overdueGraceMs(plan) + 40) * lateShare) / 1000) - 40;
        const at = due + late;
        const alerted = transition(running, { type: 'alarm', name: alarmName('endsSoon', 'e', 0) }, at);
        const alert = alerted.status === 'running' ? alerted.session.alert : null;
        if (!alert) {
          expect(running.endsAt - at).toBeLessThan((running.endsAt - due) / 2);
          return;
        }
        const text = alertText(alerted, alert);
        const said = Number(/ends in (\d+) seconds?\./.exec(text)?.[1]);
        expect(Math.abs(said - ((running.endsAt - at) * scale) / 1000)).toBeLessThanOrEqual(0.5);
        expect(text).toBe(`Cold phase ends in ${said} ${said === 1 ? 'second' : 'seconds'}.`);
      }),
    );
  });

  it('says 1 minute, not 2, when a 1-minute cold phase comes before the warm one', () => {
    const plan = buildPlan({ ...defaultTimerSettings, coldMinutes: 1, hotReadyMinutes: 2 });
    const running = transition({ status: 'idle' }, { type: 'start', plan, sessionId: 'h' }, t0);
    const alerted = transition(running, { type: 'alarm', name: alarmName('hotReady', 'h', 0) }, t0);
    expect(
      alerted.status === 'running' && alerted.session.alert && alertText(alerted, alerted.session.alert),
    ).toBe('Get the warm pack ready: the warm phase starts in 1 minute.');
  });
});
