import { describe, expect, it } from 'vitest';
import { holdPhaseAt, holdPlanDurationMs, restSeconds } from '@/lib/muscles/hold';

const plan = { holdSeconds: 7, repeats: 3 };

describe('guided hold phases', () => {
  it.each([
    [0, { phase: 'hold', repeat: 1, remainingMs: 7000 }],
    [6999, { phase: 'hold', repeat: 1, remainingMs: 1 }],
    [7000, { phase: 'rest', repeat: 1, remainingMs: restSeconds * 1000 }],
    [12_000, { phase: 'hold', repeat: 2, remainingMs: 7000 }],
    [24_000, { phase: 'hold', repeat: 3, remainingMs: 7000 }],
    [30_999, { phase: 'hold', repeat: 3, remainingMs: 1 }],
    [31_000, { phase: 'done' }],
    [-5000, { phase: 'hold', repeat: 1, remainingMs: 7000 }],
  ])('at %i ms', (elapsed, expected) => {
    expect(holdPhaseAt(plan, 1_000_000, 1_000_000 + elapsed)).toEqual(expected);
  });

  it('has no rest after the last hold', () => {
    expect(holdPlanDurationMs(plan)).toBe((3 * 7 + 2 * restSeconds) * 1000);
  });
});
