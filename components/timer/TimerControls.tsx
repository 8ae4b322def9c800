import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TimerState } from '@/lib/contrast/machine';
import { t } from '@/lib/i18n';
import type { TimerCommand } from '@/lib/messages';

/**
 * A control that has just appeared in place of another (Done where Stop was, Pause where Resume was,
 * Acknowledge pushing the others along) ignores presses this long: a repeated press meant for the one
 * it replaced (a tremor, a bouncing switch) does not act on it. Marked aria-disabled meanwhile.
 */
export const newControlGuardMs = 600;

/** The large timer buttons for the current state; every one is a real, keyboard-reachable <button>. */
export function TimerControls({
  state,
  onCommand,
}: {
  state: TimerState;
  onCommand: (c: TimerCommand) => void;
}) {
  // When each control (command and label) appeared; those shown when the view opened count as old.
  const shownAt = useRef<Map<string, number> | null>(null);
  const [, refresh] = useState(0);
  const first = shownAt.current === null;
  const shown = shownAt.current ?? new Map<string, number>();
  shownAt.current = shown;
  const now = performance.now();
  const keys: string[] = [];
  const guarded = (key: string) => now - (shown.get(key) ?? 0) < newControlGuardMs;

  // Focus inside the controls before this render: if the focused one goes, focus moves to the main one.
  const group = useRef<HTMLDivElement>(null);
  const hadFocus = group.current?.contains(document.activeElement) ?? false;

  const button = (command: TimerCommand, label: string, kind = 'secondary', slot?: string) => {
    const key = `${command}|${label}`;
    keys.push(key);
    if (!shown.has(key)) shown.set(key, first ? Number.NEGATIVE_INFINITY : now);
    const wait = guarded(key);
    // The main control keeps one element (Start becomes Pause, Pause becomes Resume), so focus stays on it.
    return (
      <button
        key={slot ?? key}
        type="button"
        class={`big ${kind}`}
        aria-disabled={wait ? 'true' : undefined}
        onClick={() => {
          if (performance.now() - (shown.get(key) ?? 0) < newControlGuardMs) return;
          onCommand(command);
        }}
        data-command={command}
        data-main={slot === 'main' ? '' : undefined}
        // While an alert shows, its Acknowledge is the first scan stop, one select away (lib/access).
        data-scan-group={command === 'acknowledge' && alert ? 'alert' : undefined}
        data-scan-first={command === 'acknowledge' && alert ? '' : undefined}
      >
        {label}
      </button>
    );
  };
  const alert = state.status === 'idle' ? null : state.session.alert;
  // Inside a stop's undo window (a stored deadline; the view re-renders when it passes), Undo takes the
  // main control's place (where Pause was, so focus moves to it) and Done steps aside.
  const undoable = state.status === 'stopped' && !!state.undo && Date.now() < state.undo.until;
  const controls = (
    <div class="timer-controls" data-scan-group="main-action" ref={group}>
      {/* Interrupted: the two choices are the answer (either silences the alert); an Acknowledge beside
          them would only take the explanation away. */}
      {alert &&
        state.status !== 'finished' &&
        state.status !== 'interrupted' &&
        button('acknowledge', t('timerAcknowledge'), 'primary')}
      {state.status === 'idle' && button('start', t('timerStart'), 'primary', 'main')}
      {state.status === 'running' && button('pause', t('timerPause'), 'primary', 'main')}
      {state.status === 'paused' && button('resume', t('timerResume'), 'primary', 'main')}
      {(state.status === 'running' || state.status === 'paused') && (
        <>
          {button('skip', t('timerSkip'))}
          {button('extend', t('timerExtend'))}
          {/* In its own row, apart from +1 min: a press meant for one never lands on the other. */}
          {button('stop', t('timerStop'), 'secondary timer-stop')}
        </>
      )}
      {state.status === 'interrupted' && (
        <>
          {button('stop', t('timerStopAndRemove'), 'primary')}
          {button('resume', t('timerContinue'))}
        </>
      )}
      {undoable && button('undo', t('timerUndo'), 'primary', 'main')}
      {(state.status === 'finished' || state.status === 'stopped') &&
        (undoable
          ? button('acknowledge', t('timerDone'))
          : button('acknowledge', t('timerDone'), 'primary', 'main'))}
    </div>
  );
  // A control gone and back later is new again.
  for (const key of [...shown.keys()]) if (!keys.includes(key)) shown.delete(key);
  const waiting = keys.filter(guarded).map((key) => shown.get(key) ?? 0);
  const until = waiting.length ? Math.max(...waiting) + newControlGuardMs : null;
  useLayoutEffect(() => {
    // The focused control went (Acknowledge, Stop): focus the main control, else the first, not the page.
    const root = group.current;
    if (!hadFocus || !root || root.contains(document.activeElement)) return;
    (root.querySelector<HTMLElement>('[data-main]') ?? root.querySelector<HTMLElement>('button'))?.focus();
  });
  useEffect(() => {
    if (until === null) return;
    const timer = setTimeout(() => refresh((n) => n + 1), Math.max(0, until - performance.now()) + 10);
    return () => clearTimeout(timer);
  }, [until]);
  return controls;
}
