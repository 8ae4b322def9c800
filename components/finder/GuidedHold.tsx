import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import {
  type HoldPhase,
  type HoldPlan,
  holdPhaseAt,
  holdRepeatOptions,
  holdSecondsOptions,
} from '@/lib/muscles/hold';
import './GuidedHold.css';

/** The sentence for a phase: what the live region and the optional voice say. */
function phaseText(phase: HoldPhase, plan: HoldPlan): string {
  if (phase.phase === 'hold') return t('finderHoldPush', [String(phase.repeat), String(plan.repeats)]);
  if (phase.phase === 'rest') return t('finderHoldRest');
  return t('finderHoldDone');
}

/** Says a sentence with the panel's own speech engine, if it has one; silence is never an error. */
function speak(text: string): void {
  try {
    const synth = globalThis.speechSynthesis;
    if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return;
    synth.cancel();
    synth.speak(new SpeechSynthesisUtterance(text));
  } catch {
    // No voice available: the visible count and the live region still guide the hold.
  }
}

/**
 * A guided hold: push the opposite muscle for 5–10 s, rest, repeat 2–3 times. The count is drawn from
 * the start time and the clock; the live region speaks only at start, rest and done, never each second.
 */
export function GuidedHold() {
  const [plan, setPlan] = useState<HoldPlan>({ holdSeconds: 7, repeats: 3 });
  const [spoken, setSpoken] = useState(false);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [announcement, setAnnouncement] = useState('');
  const lastPhase = useRef('');

  const phase = startedAt === null ? null : holdPhaseAt(plan, startedAt, now);
  const phaseId = phase ? (phase.phase === 'done' ? 'done' : `${phase.phase}-${phase.repeat}`) : '';

  // Redraw a few times a second while running; setTimeout, re-armed from the clock each time.
  useEffect(() => {
    if (startedAt === null || phase?.phase === 'done') return;
    const timer = setTimeout(() => setNow(Date.now()), 200);
    return () => clearTimeout(timer);
  }, [startedAt, now, phase?.phase]);

  useEffect(() => {
    if (!phase || phaseId === lastPhase.current) return;
    lastPhase.current = phaseId;
    const text = phaseText(phase, plan);
    setAnnouncement(text);
    if (spoken) speak(text);
  }, [phaseId]);

  const start = () => {
    lastPhase.current = '';
    const at = Date.now();
    setNow(at);
    setStartedAt(at);
  };
  const stop = () => {
    setStartedAt(null);
    setAnnouncement('');
    lastPhase.current = '';
    if (spoken) globalThis.speechSynthesis?.cancel();
  };
  const running = phase !== null && phase.phase !== 'done';

  return (
    <section class="guided-hold" aria-labelledby="guided-hold-title">
      <h4 id="guided-hold-title">{t('finderHoldTitle')}</h4>
      <p>{t('finderHoldHint')}</p>
      {!running && (
        <>
          <fieldset class="segmented">
            <legend>{t('finderHoldSecondsLabel')}</legend>
            {holdSecondsOptions.map((seconds) => (
              <button
                key={seconds}
                type="button"
                aria-pressed={plan.holdSeconds === seconds}
                onClick={() => setPlan({ ...plan, holdSeconds: seconds })}
              >
                {t('finderHoldSecondsOption', String(seconds))}
              </button>
            ))}
          </fieldset>
          <fieldset class="segmented">
            <legend>{t('finderHoldRepsLabel')}</legend>
            {holdRepeatOptions.map((repeats) => (
              <button
                key={repeats}
                type="button"
                aria-pressed={plan.repeats === repeats}
                onClick={() => setPlan({ ...plan, repeats })}
              >
                {t('finderHoldRepsOption', String(repeats))}
              </button>
            ))}
          </fieldset>
          <label class="guided-hold-speak">
            <input
              type="checkbox"
              checked={spoken}
              onChange={(event) => setSpoken(event.currentTarget.checked)}
            />
            {t('finderHoldSpeak')}
          </label>
        </>
      )}
      {phase && (
        <div class={`guided-hold-count phase-${phase.phase}`} data-phase={phase.phase}>
          <p class="guided-hold-words" aria-hidden="true">
            {phaseText(phase, plan)}
          </p>
          {phase.phase !== 'done' && (
            <p class="guided-hold-seconds">
              <span aria-hidden="true">{Math.ceil(phase.remainingMs / 1000)}</span>
              <span class="visually-hidden">
                {t('finderHoldSecondsLeft', String(Math.ceil(phase.remainingMs / 1000)))}
              </span>
            </p>
          )}
        </div>
      )}
      <p role="status" class="visually-hidden">
        {announcement}
      </p>
      {running ? (
        <button type="button" class="big" onClick={stop}>
          {t('finderHoldStop')}
        </button>
      ) : (
        <button type="button" class="big primary" onClick={start}>
          {t('finderHoldStart')}
        </button>
      )}
    </section>
  );
}
