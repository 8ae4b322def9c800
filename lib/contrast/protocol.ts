import type { Plan, PlanStep, StepKind } from './schema';
import type { TimerSettings } from './settings';

export type { Plan, PlanStep, StepKind } from './schema';

/**
 * The badge letter of each step kind (written once: the e2e suite reads it from here too). W for warm:
 * the steps say "warm, never hot", so the badge does too.
 */
export const stepLetter: Record<StepKind, string> = { cold: 'C', hot: 'W', swap: 'S' };

const minute = 60_000;

/**
 * Turns settings into the list of steps: cold, then (swap) hot (swap) cold for each round.
 * Cold first and cold last hold by construction, whatever the settings.
 */
export function buildPlan(settings: TimerSettings, scale = 1): Plan {
  const cold: PlanStep = { kind: 'cold', durationMs: (settings.coldMinutes * minute) / scale };
  const hot: PlanStep = { kind: 'hot', durationMs: (settings.hotMinutes * minute) / scale };
  const swap: PlanStep = { kind: 'swap', durationMs: (settings.swapSeconds * 1000) / scale };
  const rounds = Math.max(1, Math.floor(settings.rounds));
  const steps: PlanStep[] = [{ ...cold }];
  for (let round = 0; round < rounds; round++) {
    if (swap.durationMs > 0) steps.push({ ...swap });
    steps.push({ ...hot });
    if (swap.durationMs > 0) steps.push({ ...swap });
    steps.push({ ...cold });
  }
  return {
    steps,
    hotReadyMs: (settings.hotReadyMinutes * minute) / scale,
    endsSoonMs: (settings.endsSoonSeconds * 1000) / scale,
    minuteMs: minute / scale,
    scale,
  };
}

/** Whether a step is a treatment phase (cold or warm) rather than a pack change. */
export function isPhase(step: PlanStep | undefined): boolean {
  return step?.kind === 'cold' || step?.kind === 'hot';
}

/** Number of treatment phases (cold + hot) in a plan. */
export function phaseCount(plan: Plan): number {
  return plan.steps.filter(isPhase).length;
}

/** Total duration of the plan in real ms (protocol ms = this × scale). */
export function totalDurationMs(plan: Plan): number {
  return plan.steps.reduce((sum, step) => sum + step.durationMs, 0);
}

/** Index of the next treatment phase after `index`, or -1 when none is left. */
export function nextPhaseIndex(plan: Plan, index: number): number {
  for (let i = index + 1; i < plan.steps.length; i++) if (isPhase(plan.steps[i])) return i;
  return -1;
}

/**
 * Whether two plans have the same steps and heads-ups: a running session's own frozen plan against the
 * one the saved settings make now (when they differ, the timer view says the session keeps its times).
 */
export function samePlan(a: Plan, b: Plan): boolean {
  return (
    a.hotReadyMs === b.hotReadyMs &&
    a.endsSoonMs === b.endsSoonMs &&
    a.steps.length === b.steps.length &&
    a.steps.every((step, i) => step.kind === b.steps[i]?.kind && step.durationMs === b.steps[i]?.durationMs)
  );
}
