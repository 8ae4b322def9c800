import { activeLanguageCode, t, tCount } from '@/lib/i18n';
import { type PendingAlert, type TimerState, untilWarmAfter } from './machine';
import { type Plan, type PlanStep, type StepKind, stepLetter } from './protocol';

/** Protocol minutes of a step (what the user set, whatever the time scale). */
export function stepMinutes(step: PlanStep, plan: Plan): number {
  return Math.round((step.durationMs * plan.scale) / 60_000);
}

/** Short name of a step kind: Cold, Warm, Change packs. */
export function stepName(kind: StepKind): string {
  return t(kind === 'cold' ? 'timerPhaseCold' : kind === 'hot' ? 'timerPhaseHot' : 'timerPhaseSwap');
}

/** Clock time (e.g. 14:05) in the browser's locale. */
export function clockTime(epochMs: number): string {
  return new Date(epochMs).toLocaleTimeString(activeLanguageCode(), { hour: '2-digit', minute: '2-digit' });
}

/**
 * Protocol time units (`unitMs`) from a heads-up to what it announces, `after` ms past the end of its
 * step, at least 1. While the step runs: from the moment the heads-up came (a late one says less) to
 * then (+1 min presses since count). Else from the plan: `lead`, at most the step and `after`, so a cold
 * phase shorter than the lead (1 minute of cold with a 2-minute lead) says 1 minute.
 */
function unitsLeft(
  state: TimerState,
  alert: PendingAlert,
  after: number,
  lead: number,
  unitMs: number,
): number {
  if (state.status === 'idle') return 1;
  const { plan } = state.session;
  const left =
    state.status === 'running' && state.session.stepIndex === alert.stepIndex
      ? state.endsAt + after - alert.raisedAt
      : Math.min(lead, (plan.steps[alert.stepIndex]?.durationMs ?? 0) + after);
  return Math.max(1, Math.round((left * plan.scale) / unitMs));
}

/** Protocol minutes from a "get the warm pack ready" heads-up to the start of the warm phase. */
export function minutesUntilWarm(state: TimerState, alert: PendingAlert): number {
  if (state.status === 'idle') return 1;
  const { plan } = state.session;
  return unitsLeft(state, alert, untilWarmAfter(plan, alert.stepIndex) ?? 0, plan.hotReadyMs, 60_000);
}

/** The words of an alert: what to do now. Used by the notification, speech, panel and caregiver window. */
export function alertText(state: TimerState, alert: PendingAlert): string {
  if (state.status === 'idle') return '';
  const { plan } = state.session;
  const step = plan.steps[alert.stepIndex];
  switch (alert.kind) {
    case 'phase': {
      if (!step) return t('timerAlertFinished');
      if (step.kind === 'swap') {
        const next = plan.steps[alert.stepIndex + 1];
        return t('timerAlertSwap', next ? stepName(next.kind) : t('timerNextEnd'));
      }
      const minutes = stepMinutes(step, plan);
      return tCount(step.kind === 'cold' ? 'timerAlertCold' : 'timerAlertHot', minutes, String(minutes));
    }
    case 'hotReady': {
      const minutes = minutesUntilWarm(state, alert);
      return tCount('timerAlertHotReady', minutes, String(minutes));
    }
    case 'endsSoon': {
      const seconds = unitsLeft(state, alert, 0, plan.endsSoonMs, 1000);
      return tCount('timerAlertEndsSoon', seconds, [step ? stepName(step.kind) : '', String(seconds)]);
    }
    case 'finished':
      return t('timerAlertFinished');
    case 'interrupted':
      return t('timerAlertInterrupted', [
        step ? stepName(step.kind) : '',
        clockTime(state.status === 'interrupted' ? state.missedAt : alert.raisedAt),
      ]);
  }
}

/**
 * What happened to an interrupted session and the two choices, from the state itself (not its alert):
 * silencing the alert (keyboard shortcut, notification) leaves the explanation until a choice is made.
 */
export function interruptedText(state: TimerState & { status: 'interrupted' }): string {
  const step = state.session.plan.steps[state.session.stepIndex];
  return t('timerAlertInterrupted', [step ? stepName(step.kind) : '', clockTime(state.missedAt)]);
}

/** Badge text: whole protocol minutes left and the phase letter (C/W; S while changing packs). */
export function badgeText(state: TimerState, now: number): string {
  if (state.status !== 'running' && state.status !== 'paused' && state.status !== 'interrupted') return '';
  const { plan, stepIndex } = state.session;
  const step = plan.steps[stepIndex];
  if (state.status === 'interrupted' || !step) return '!';
  const left = state.status === 'running' ? Math.max(0, state.endsAt - now) : state.remainingMs;
  const minutes = Math.ceil(left / plan.minuteMs);
  const letter = stepLetter[step.kind];
  return state.status === 'paused' ? `${letter}||` : `${minutes}${letter}`;
}

/** Badge colours per step kind (the letter carries the meaning too, never colour alone). */
export function badgeColor(state: TimerState): string {
  if (state.status === 'interrupted') return '#b00020';
  if (state.status !== 'running' && state.status !== 'paused') return '#5f5d5b';
  const kind = state.session.plan.steps[state.session.stepIndex]?.kind;
  return kind === 'cold' ? '#0b5cad' : kind === 'hot' ? '#b3261e' : '#5f5d5b';
}

/**
 * ", 2 skipped" to follow a count of phases done ("3 of 7 phases done, 2 skipped"); '' when none was
 * skipped, or when it is not known (a session recorded before skips were kept).
 */
export function skippedSuffix(skipped: number | undefined): string {
  return skipped ? `, ${tCount('phasesSkipped', skipped, String(skipped))}` : '';
}
