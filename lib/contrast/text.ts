import { activeLanguageCode, t } from '@/lib/i18n';
import type { PendingAlert, TimerState } from './machine';
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
 * Protocol minutes from a "get the warm pack ready" heads-up to the start of the warm phase, at least 1:
 * counted from the plan, not the setting, so a cold phase shorter than the heads-up lead (1 minute of
 * cold with a 2-minute lead) says 1 minute, and +1 min presses since the heads-up are counted.
 */
export function minutesUntilWarm(state: TimerState, alert: PendingAlert): number {
  if (state.status === 'idle') return 1;
  const { plan, stepIndex } = state.session;
  const step = plan.steps[alert.stepIndex];
  let untilWarm = Math.min(plan.hotReadyMs, step?.durationMs ?? plan.hotReadyMs);
  if (state.status === 'running' && stepIndex === alert.stepIndex) {
    let warmStartsAt = state.endsAt;
    for (let i = stepIndex + 1; i < plan.steps.length && plan.steps[i]?.kind !== 'hot'; i++)
      warmStartsAt += plan.steps[i]?.durationMs ?? 0;
    untilWarm = warmStartsAt - alert.raisedAt;
  }
  return Math.max(1, Math.round((untilWarm * plan.scale) / 60_000));
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
      return t(step.kind === 'cold' ? 'timerAlertCold' : 'timerAlertHot', String(stepMinutes(step, plan)));
    }
    case 'hotReady': {
      const minutes = minutesUntilWarm(state, alert);
      const one = new Intl.PluralRules(activeLanguageCode()).select(minutes) === 'one';
      return t(one ? 'timerAlertHotReadyOne' : 'timerAlertHotReady', String(minutes));
    }
    case 'endsSoon':
      return t('timerAlertEndsSoon', [
        step ? stepName(step.kind) : '',
        String(Math.round((plan.endsSoonMs * plan.scale) / 1000)),
      ]);
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
  if (!skipped) return '';
  const one = new Intl.PluralRules(activeLanguageCode()).select(skipped) === 'one';
  return `, ${t(one ? 'phasesSkippedOne' : 'phasesSkippedOther', String(skipped))}`;
}
