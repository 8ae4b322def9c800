import { phasesCompleted, phasesSkipped, type TimerState } from '@/lib/contrast/machine';
import { phaseCount } from '@/lib/contrast/protocol';
import { alertText, interruptedText, skippedSuffix, stepMinutes, stepName } from '@/lib/contrast/text';
import { t } from '@/lib/i18n';

type Active = Exclude<TimerState, { status: 'idle' }>;

/** mm:ss of protocol time (what the user set), from real ms left and the time scale. */
export function formatCountdown(realMs: number, scale: number): string {
  const seconds = Math.ceil((realMs * scale) / 1000);
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

const icons = { cold: '❄', hot: '♨', swap: '⇄' } as const;
const longNames = {
  cold: 'timerPhaseColdLong',
  hot: 'timerPhaseHotLong',
  swap: 'timerPhaseSwapLong',
} as const;

/**
 * The current step in words, colour and icon; the big countdown (computed from `endsAt` each render);
 * the pending alert, as a banner that is the timer's one live region for it; and the next step.
 */
export function TimerStatus({ state, now, left }: { state: Active; now: number; left: number | null }) {
  const { plan, stepIndex, alert } = state.session;
  const step = plan.steps[stepIndex];
  const next = plan.steps[stepIndex + 1];
  const remaining = state.status === 'running' ? Math.max(0, state.endsAt - now) : (left ?? 0);
  const active = state.status === 'running' || state.status === 'paused';
  return (
    <div class="timer-status" data-kind={active ? step?.kind : undefined}>
      {alert && (
        <p class="timer-alert timer-alert-banner" role="alert" data-alert={alert.kind}>
          {alertText(state, alert)}
        </p>
      )}
      {state.status === 'interrupted' && alert?.kind !== 'interrupted' && (
        <p class="notice timer-alert" data-alert="interrupted">
          {interruptedText(state)}
        </p>
      )}
      {(state.status === 'finished' || state.status === 'stopped') && (
        <p class="timer-summary">
          {t(state.status === 'finished' ? 'timerFinishedTitle' : 'timerStoppedTitle')}.{' '}
          {t('timerFinishedSummary', [String(phasesCompleted(state)), String(phaseCount(plan))])}
          {skippedSuffix(phasesSkipped(state))}.
        </p>
      )}
      {active && step && (
        <>
          <p class="timer-phase" data-testid="timer-phase" data-step={stepIndex}>
            <span class="timer-icon" aria-hidden="true">
              {icons[step.kind]}
            </span>{' '}
            {t(longNames[step.kind])}
            {state.status === 'paused' && <span class="timer-paused"> · {t('timerPaused')}</span>}
          </p>
          <p class="timer-countdown" role="timer" aria-label={t('timerTimeLeft')}>
            {formatCountdown(remaining, plan.scale)}
          </p>
          <p class="timer-step-of">
            {t('timerStepOf', [String(stepIndex + 1), String(plan.steps.length)])} ·{' '}
            {next
              ? t('timerNext', [stepName(next.kind), String(stepMinutes(next, plan))])
              : t('timerNextEnd')}
          </p>
        </>
      )}
    </div>
  );
}

/**
 * The plan's steps with progress. Drawn below the controls, so Pause and an alert's Acknowledge sit
 * right under the countdown on the first screen.
 */
export function TimerTimeline({ state }: { state: Active }) {
  const { plan, stepIndex } = state.session;
  const active = state.status === 'running' || state.status === 'paused';
  const skipped = new Set(state.session.skipped ?? []);
  return (
    <ol class="timer-timeline" aria-label={t('timerPlanTitle')}>
      {plan.steps.map((s, index) => {
        const status = skipped.has(index)
          ? 'skipped'
          : index < stepIndex || state.status === 'finished'
            ? 'done'
            : index === stepIndex
              ? 'current'
              : 'todo';
        return (
          <li key={`${index}-${s.kind}`} data-kind={s.kind} data-progress={status}>
            <span aria-hidden="true">{status === 'done' ? '✓ ' : status === 'current' ? '▶ ' : ''}</span>
            {s.kind === 'swap'
              ? stepName(s.kind)
              : t('timerPlanStep', [stepName(s.kind), String(stepMinutes(s, plan))])}
            {status === 'current' && active && <span class="visually-hidden"> (now)</span>}
            {status === 'skipped' && ` ${t('timerStepSkipped')}`}
          </li>
        );
      })}
    </ol>
  );
}
