import { describe, expect, it } from 'vitest';
import { buildPlan, nextPhaseIndex, phaseCount, totalDurationMs } from '@/lib/contrast/protocol';
import { defaultTimerSettings } from '@/lib/contrast/settings';

const kinds = (settings = defaultTimerSettings, scale = 1) =>
  buildPlan(settings, scale).steps.map((s) => s.kind);

describe('buildPlan', () => {
  it('makes the post’s default: C H C H C H C, 70 minutes, 7 phases', () => {
    const plan = buildPlan(defaultTimerSettings);
    expect(kinds()).toEqual(['cold', 'hot', 'cold', 'hot', 'cold', 'hot', 'cold']);
    expect(totalDurationMs(plan)).toBe(70 * 60_000);
    expect(phaseCount(plan)).toBe(7);
  });

  it.each([1, 2, 3, 4, 5])('starts and ends cold with %i rounds', (rounds) => {
    const steps = kinds({ ...defaultTimerSettings, rounds });
    expect(steps[0]).toBe('cold');
    expect(steps.at(-1)).toBe('cold');
    expect(steps.filter((k) => k === 'hot')).toHaveLength(rounds);
  });

  it('puts a swap step between every two phases when asked', () => {
    const plan = buildPlan({ ...defaultTimerSettings, rounds: 1, swapSeconds: 30 });
    expect(plan.steps.map((s) => s.kind)).toEqual(['cold', 'swap', 'hot', 'swap', 'cold']);
    expect(plan.steps[1]?.durationMs).toBe(30_000);
    expect(nextPhaseIndex(plan, 0)).toBe(2);
  });

  it('divides every duration by the time scale', () => {
    const plan = buildPlan(defaultTimerSettings, 300);
    expect(plan.steps[0]?.durationMs).toBe(2000);
    expect(plan.minuteMs).toBe(200);
    expect(plan.endsSoonMs).toBe(100);
    expect(plan.hotReadyMs).toBe(400);
  });
});
