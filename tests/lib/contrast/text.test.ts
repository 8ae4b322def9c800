import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alarmName, pendingHeadsUp, type TimerState, transition } from '@/lib/contrast/machine';
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

  it('names the minutes really left before the warm phase, for every phase length', () => {
    fc.assert(
      fc.property(settingsArb, fc.integer({ min: 0, max: 40 }), (settings, lateMs) => {
        const plan = buildPlan(settings);
        const running = transition({ status: 'idle' }, { type: 'start', plan, sessionId: 'h' }, t0);
        const due = pendingHeadsUp(running, 'hotReady');
        expect(due).not.toBeNull();
        const at = (due ?? t0) + lateMs;
        const alerted = transition(running, { type: 'alarm', name: alarmName('hotReady', 'h', 0) }, at);
        const alert = alerted.status === 'running' ? alerted.session.alert : null;
        expect(alert?.kind).toBe('hotReady');
        if (!alert) return;
        // The warm phase starts after the first cold phase and any pack change before it.
        const firstWarm = plan.steps.findIndex((step) => step.kind === 'hot');
        const warmStartsAt =
          t0 + plan.steps.slice(0, firstWarm).reduce((sum, step) => sum + step.durationMs, 0);
        const expected = Math.max(1, Math.round((warmStartsAt - at) / min));
        expect(expected).toBeLessThanOrEqual(Math.max(1, settings.hotReadyMinutes));
        const text = alertText(alerted, alert);
        expect(text).toBe(
          expected === 1
            ? 'Get the warm pack ready: the warm phase starts in 1 minute.'
            : `Get the warm pack ready: the warm phase starts in ${expected} minutes.`,
        );
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
