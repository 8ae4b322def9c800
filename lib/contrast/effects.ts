import type { ContrastSessionRecord } from './history';
import { type PendingAlert, phasesCompleted, type TimerState } from './machine';
import { phaseCount } from './protocol';

/** What the worker must do because of one transition (the machine itself stays pure). */
export type Effect =
  | { type: 'alert'; alert: PendingAlert }
  | { type: 'chime' }
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
  else if (after && before && after.chimes > before.chimes) effects.push({ type: 'chime' });
  if (before && !after) effects.push({ type: 'clearAlert' });
  const ended = next.status === 'finished' || next.status === 'stopped';
  const wasEnded = prev.status === 'finished' || prev.status === 'stopped';
  if (ended && !(wasEnded && sameSession)) {
    const { session } = next;
    effects.push({
      type: 'record',
      record: {
        id: session.id,
        startedAt: session.startedAt,
        endedAt: next.endedAt,
        phasesCompleted: phasesCompleted(next),
        totalPhases: phaseCount(session.plan),
        outcome:
          next.status === 'finished'
            ? 'finished'
            : prev.status === 'interrupted' || session.wasInterrupted
              ? 'interrupted'
              : 'stopped',
      },
    });
  }
  return effects;
}
