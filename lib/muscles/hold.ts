/**
 * The guided hold of reciprocal inhibition: push 5–10 s, rest, repeat 2–3 times [S74].
 * Pure: the phase is computed from the start time and the clock, never counted down in memory.
 */

/** Hold lengths and repeat counts the panel offers (the reference's 5–10 s and 2–3 times). */
export const holdSecondsOptions = [5, 7, 10] as const;
export const holdRepeatOptions = [2, 3] as const;
/** Rest between holds: long enough to relax, short enough that the cramp does not return. */
export const restSeconds = 5;

/** A guided hold as chosen by the user. */
export interface HoldPlan {
  holdSeconds: number;
  repeats: number;
}

/** Where a guided hold is at a given moment. */
export type HoldPhase =
  | { phase: 'hold'; repeat: number; remainingMs: number }
  | { phase: 'rest'; repeat: number; remainingMs: number }
  | { phase: 'done' };

/** The total length of a plan in ms (holds plus the rests between them). */
export function holdPlanDurationMs(plan: HoldPlan): number {
  return (plan.repeats * plan.holdSeconds + Math.max(0, plan.repeats - 1) * restSeconds) * 1000;
}

/**
 * The phase of `plan`, started at `startedAt`, at time `now` (both ms). Repeats count from 1.
 * A clock that goes backwards shows the start of the first hold rather than a negative time.
 */
export function holdPhaseAt(plan: HoldPlan, startedAt: number, now: number): HoldPhase {
  const holdMs = plan.holdSeconds * 1000;
  const cycleMs = holdMs + restSeconds * 1000;
  const elapsed = Math.max(0, now - startedAt);
  if (elapsed >= holdPlanDurationMs(plan)) return { phase: 'done' };
  const repeat = Math.floor(elapsed / cycleMs) + 1;
  const inCycle = elapsed - (repeat - 1) * cycleMs;
  if (inCycle < holdMs) return { phase: 'hold', repeat, remainingMs: holdMs - inCycle };
  return { phase: 'rest', repeat, remainingMs: cycleMs - inCycle };
}
