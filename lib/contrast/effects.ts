import type { ContrastSessionRecord } from './history';
import { type PendingAlert, phasesCompleted, phasesSkipped, type TimerState } from './machine';
import { phaseCount } from './protocol';

/** What the worker must do because of one transition (the machine itself stays pure). */
export type Effect =
  | { type: 'alert'; alert: PendingAlert }
  | { type: 'chime'; alert: PendingAlert }
  | { type: 'clearAlert' }
  | { type: 'record'; record: ContrastSessionRecord };

const alertOf = (state: TimerState) => (state.status === 'idle' ? null : state.session.alert);

/**
 * The side effects of going from `prev` to `next`: a new alert (notify, chime, speak), a repeated chime,
 * an acknowledged alert to take down, and the history record of a session that just ended.
 */
export function effectsOf(prev: TimerState, next: TimerState): Effect[] {
  const effects: Effect[] = [];
  const before = alertOf(prev);
  const after = alertOf(next);
  const sameSession = prev.status !== 'idle' && next.status !== 'idle' && prev.session.id === next.session.id;
  if (after && (!before || !sameSession || before.id !== after.id))
    effects.push({ type: 'alert', alert: after });
  else if (after && before && after.chimes > before.chimes) effects.push({ type: 'chime', alert: after });
  if (before && !after) effects.push({ type: 'clearAlert' });
  const wasEnded = endedRecord(prev);
  const record = endedRecord(next, prev.status === 'interrupted');
  if (record && !(wasEnded && sameSession)) effects.push({ type: 'record', record });
  // Done or a new session within a stop's undo window: the stop is final, its record is due now.
  else if (prev.status === 'stopped' && prev.undo && !sameSession)
    effects.push({
      type: 'record',
      record: endedRecord({ ...prev, undo: undefined }) as ContrastSessionRecord,
    });
  return effects;
}

/**
 * The history record of an ended (finished or stopped) session; null for any other state, and for a
 * stop that can still be undone (its record comes when the undo window closes).
 * `fromInterrupted`: it was stopped from the interrupted state.
 */
export function endedRecord(state: TimerState, fromInterrupted = false): ContrastSessionRecord | null {
  if (state.status !== 'finished' && (state.status !== 'stopped' || state.undo)) return null;
  const { session } = state;
  return {
    id: session.id,
    startedAt: session.startedAt,
    endedAt: state.endedAt,
    phasesCompleted: phasesCompleted(state),
    phasesSkipped: phasesSkipped(state),
    totalPhases: phaseCount(session.plan),
    outcome:
      state.status === 'finished'
        ? 'finished'
        : fromInterrupted || session.wasInterrupted
          ? 'interrupted'
          : 'stopped',
  };
}
