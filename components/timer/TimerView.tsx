import { useEffect, useRef, useState } from 'preact/hooks';
import type { Seen, TimerState } from '@/lib/contrast/machine';
import { remainingMs, seenOf } from '@/lib/contrast/machine';
import { buildPlan, phaseCount, samePlan, totalDurationMs } from '@/lib/contrast/protocol';
import { alertSettingsStorage } from '@/lib/contrast/settings';
import { stateNotSavedError } from '@/lib/contrast/state';
import { stepName } from '@/lib/contrast/text';
import { timeScale } from '@/lib/contrast/timeScale';
import { t } from '@/lib/i18n';
import { sendMessage, type TimerCommand } from '@/lib/messages';
import { navigate } from '@/lib/navigation';
import { useStoredItem } from '../common/useStoredItem';
import { ViewHeading } from '../common/ViewHeading';
import { TimerCautions } from './TimerCautions';
import { TimerControls } from './TimerControls';
import { TimerSafety } from './TimerSafety';
import { TimerStatus, TimerTimeline } from './TimerStatus';
import { useNow, useSavedTimerSettings, useTimerState } from './useTimerState';
import './TimerView.css';

/**
 * What the hidden live region says: the phase a session moves to, or that it was stopped. An alert is
 * not repeated here: its banner (role=alert) is the one live region that reads it, and the phase it
 * comes with counts as said.
 */
function useAnnouncement(state: TimerState): string {
  const said = useRef({ step: '', text: '' });
  if (state.status === 'idle') return said.current.text;
  const stopped = state.status === 'stopped';
  const step = `${state.session.id}|${stopped ? 'stopped' : state.session.stepIndex}`;
  if (state.session.alert) said.current = { ...said.current, step };
  else if (
    (stopped || state.status === 'running' || state.status === 'paused') &&
    step !== said.current.step
  ) {
    // A stop says so (focus is on Undo); an Undo says the phase again.
    const current = state.session.plan.steps[state.session.stepIndex];
    said.current = { step, text: stopped ? t('timerStoppedTitle') : current ? stepName(current.kind) : '' };
  }
  return said.current.text;
}

/**
 * The plan in one line, with the alerts it gives, and Change: the settings themselves live in one place
 * (Settings), so the timer view stays short.
 */
function PlanLine() {
  const settings = useSavedTimerSettings();
  const alerts = useStoredItem(alertSettingsStorage)[0]?.value;
  // Nothing until both are read: never a flash of the defaults.
  if (!settings || !alerts) return null;
  const plan = buildPlan(settings, timeScale);
  const totalMinutes = Math.round((totalDurationMs(plan) * plan.scale) / 60_000);
  const ways = [
    t('timerPlanNotification'),
    alerts.sound && t('timerPlanChime'),
    alerts.speech && t('timerPlanSpeech'),
    alerts.caregiverPopup && t('timerPlanCaregiver'),
  ].filter(Boolean);
  return (
    <div class="timer-plan">
      <p id="timer-plan-line" data-testid="timer-plan">
        {t('timerPlanLine', [
          String(phaseCount(plan)),
          String(totalMinutes),
          String(settings.coldMinutes),
          String(settings.hotMinutes),
        ])}
        {settings.swapSeconds > 0 && t('timerPlanSwap', String(settings.swapSeconds))} · {ways.join(', ')}
      </p>
      <button
        type="button"
        aria-describedby="timer-plan-line"
        onClick={() => navigate({ name: 'settings', focus: 'timer' })}
      >
        {t('timerChange')}
      </button>
    </div>
  );
}

/** A second press of the same control this soon after the first counts as a repeat of it. */
const repeatWindowMs = 600;

/**
 * The contrast timer: a landmark named "Contrast timer" with the countdown, phase, timeline and large
 * controls. Commands go to the worker; the view re-renders from storage, so it always shows the truth.
 */
export function TimerView(_props: Record<string, unknown>) {
  const { state, corrupt, unsaved, loaded } = useTimerState();
  const saved = useSavedTimerSettings();
  // A session keeps the plan it started with: say so when the saved settings now make another one.
  const ownTimes =
    saved !== null &&
    (state.status === 'running' || state.status === 'paused' || state.status === 'interrupted') &&
    !samePlan(state.session.plan, buildPlan(saved, state.session.plan.scale));
  const [sendFailed, setSendFailed] = useState<false | 'noAnswer' | 'startNotStored' | 'notStored'>(false);
  const left = remainingMs(state, Date.now());
  // Counts down to the step's deadline, or to the end of a stop's undo window (Undo then goes).
  const now = useNow(
    state.status === 'running'
      ? state.endsAt
      : state.status === 'stopped'
        ? (state.undo?.until ?? null)
        : null,
  );
  // Kept until a new one exists, so re-renders do not repeat or clear it.
  const spoken = useAnnouncement(state);
  // A new alert scrolls its banner to the top, below the pinned part: it and Acknowledge on one screen.
  const alertId = state.status === 'idle' ? null : (state.session.alert?.id ?? null);
  useEffect(() => {
    if (alertId === null) return;
    document.querySelector('.timer-alert[role="alert"]')?.scrollIntoView({ block: 'start' });
  }, [alertId]);

  const lastPress = useRef<{ command: TimerCommand; seen: Seen; at: number } | null>(null);
  const send = (command: TimerCommand) => {
    setSendFailed(false);
    const at = performance.now();
    const previous = lastPress.current;
    // The same control pressed again within a moment (a bounce, a tremor, Enter twice) names the state
    // the first press named, even if the view already shows the next one: the worker drops it.
    const seen =
      previous && previous.command === command && at - previous.at < repeatWindowMs
        ? previous.seen
        : seenOf(state);
    lastPress.current = { command, seen, at };
    sendMessage('timerCommand', { command, seen }).catch((error: unknown) =>
      setSendFailed(
        (error as Error)?.name !== stateNotSavedError
          ? 'noAnswer'
          : command === 'start'
            ? 'startNotStored'
            : 'notStored',
      ),
    );
  };
  // Opening the panel asks the worker to look: a deadline whose alarm was lost is handled now.
  useEffect(() => {
    sendMessage('timerCommand', { command: 'check' }).catch(() => setSendFailed('noAnswer'));
  }, []);

  return (
    <section class="timer-view" aria-labelledby="timerSection-title" data-status={state.status}>
      <ViewHeading id="timerSection-title">{t('timerSection')}</ViewHeading>
      <p class="visually-hidden" aria-live="assertive" aria-atomic="true" data-testid="timer-live">
        {spoken}
      </p>
      {corrupt && (
        <p class="notice" role="alert">
          {t('timerCorruptState')}
        </p>
      )}
      {sendFailed && (
        <p class="notice" role="alert">
          {t(
            sendFailed === 'startNotStored'
              ? 'timerStartNotStored'
              : sendFailed === 'notStored'
                ? 'timerCommandNotStored'
                : 'timerSendFailed',
          )}
        </p>
      )}
      {unsaved && (
        <p class="notice" role="alert">
          {t('timerStateNotStored')}
        </p>
      )}
      {loaded && state.status === 'idle' && (
        <>
          <p>{t('timerIdleIntro')}</p>
          <PlanLine />
          <TimerCautions />
        </>
      )}
      {loaded && state.status !== 'idle' && <TimerStatus state={state} now={now} left={left} />}
      {loaded && ownTimes && (
        <p class="notice" data-testid="timer-own-times">
          {t('timerOwnTimes')}
        </p>
      )}
      {loaded && <TimerControls state={state} onCommand={send} />}
      {loaded && state.status !== 'idle' && <TimerTimeline state={state} />}
      <TimerSafety />
    </section>
  );
}
