import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { type HoldPhase, type HoldPlan, holdPhaseAt } from '@/lib/muscles/hold';
import { useFocusOnMount } from '../common/useFocusOnMount';

/** The plan "Cramp now" runs: the middle of the reference's 5–10 s, three times [S33, S74]. */
export const crampHoldPlan: HoldPlan = { holdSeconds: 7, repeats: 3 };

function phaseText(phase: HoldPhase, plan: HoldPlan): string {
  if (phase.phase === 'hold') return t('finderHoldPush', [String(phase.repeat), String(plan.repeats)]);
  if (phase.phase === 'rest') return t('finderHoldRest');
  return t('finderHoldDone');
}

/**
 * The big Start of the guided hold and, once started, the count (drawn from the start time and the
 * clock) with "It has eased: stop". `onEnd` comes when the plan is done or the person stops it. Focus
 * moves from Start to Stop, so a keyboard user's next Enter is the next thing to do.
 */
export function CrampHold(props: {
  /** The instruction the Start button is described by, so a screen reader hears it with the button. */
  describedBy: string;
  focusStart: boolean;
  /** The hold has started: the screen makes room for the count beside the instruction. */
  onStart: () => void;
  onEnd: () => void;
  plan?: HoldPlan;
}) {
  const plan = props.plan ?? crampHoldPlan;
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [announcement, setAnnouncement] = useState('');
  const lastPhase = useRef('');
  const startButton = useFocusOnMount<HTMLButtonElement>(props.focusStart);
  const stopButton = useRef<HTMLButtonElement>(null);
  const phase = startedAt === null ? null : holdPhaseAt(plan, startedAt, now);
  const phaseId = phase ? (phase.phase === 'done' ? 'done' : `${phase.phase}-${phase.repeat}`) : '';

  // Redraw a few times a second while running: setTimeout, re-armed from the clock each time.
  useEffect(() => {
    if (startedAt === null || phase?.phase === 'done') return;
    const timer = setTimeout(() => setNow(Date.now()), 200);
    return () => clearTimeout(timer);
  }, [startedAt, now, phase?.phase]);

  // The live region speaks at each push and rest, never each second.
  useEffect(() => {
    if (!phase || phaseId === lastPhase.current) return;
    lastPhase.current = phaseId;
    setAnnouncement(phaseText(phase, plan));
    if (phase.phase === 'done') props.onEnd();
  }, [phaseId]);

  useEffect(() => {
    if (startedAt !== null) stopButton.current?.focus();
  }, [startedAt]);

  if (!phase) {
    return (
      <button
        type="button"
        class="big primary cramp-start"
        data-scan-group="main-action"
        ref={startButton}
        aria-describedby={props.describedBy}
        onClick={() => {
          const at = Date.now();
          setNow(at);
          setStartedAt(at);
          props.onStart();
        }}
      >
        {t('crampNowStart', [String(plan.holdSeconds), String(plan.repeats)])}
      </button>
    );
  }
  return (
    <div class="cramp-hold" data-scan-group="main-action">
      <div class={`cramp-count phase-${phase.phase}`} data-phase={phase.phase}>
        <p class="cramp-count-words" aria-hidden="true">
          {phaseText(phase, plan)}
        </p>
        {phase.phase !== 'done' && (
          <p class="cramp-count-seconds" aria-hidden="true">
            {Math.ceil(phase.remainingMs / 1000)}
          </p>
        )}
      </div>
      <p role="status" class="visually-hidden">
        {announcement}
      </p>
      {phase.phase !== 'done' && (
        <button type="button" class="big" ref={stopButton} onClick={props.onEnd}>
          {t('crampNowEased')}
        </button>
      )}
    </div>
  );
}
