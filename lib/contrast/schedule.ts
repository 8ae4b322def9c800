import { alarmName, backupDelayMs, chimeIndex, pendingHeadsUp, type TimerState } from './machine';

/** An alarm that must exist: its name and absolute time (epoch ms). */
export interface DesiredAlarm {
  name: string;
  when: number;
}

/** Alert behaviour that shapes the schedule. */
export interface ScheduleOptions {
  repeatChime: boolean;
}

/** Protocol times of the chime repetition: every 30 s, giving up after 5 minutes. */
export const chimeRepeatMs = 30_000;
export const chimeGiveUpMs = 5 * 60_000;

/**
 * The alarms that must exist for a state, as a pure function: the step's deadline, its pending
 * heads-ups, the next badge refresh (each protocol minute), the next chime of a pending alert, the end
 * of a stop's undo window, and a backup wake-up.
 *
 * The backup: Chrome removes a one-shot alarm as it delivers it, so a worker stopped before it has
 * handled that alarm (or before it announced an alert it had just stored) takes the only wake-up with
 * it. The backup comes `backupDelayMs` after the soonest of: the deadline, a heads-up, a chime, and the
 * raising of the current alert. A fresh worker then does the work at start (deadline, announcement,
 * history record). Every event re-arms it, so it fires about once per alert.
 */
export function desiredAlarms(state: TimerState, options: ScheduleOptions, now: number): DesiredAlarm[] {
  if (state.status === 'idle') return [];
  const { session } = state;
  const { plan } = session;
  const alarms: DesiredAlarm[] = [];
  const alert = session.alert;
  if (alert && options.repeatChime) {
    const when = alert.raisedAt + (alert.chimes * chimeRepeatMs) / plan.scale;
    if (when <= alert.raisedAt + chimeGiveUpMs / plan.scale) {
      alarms.push({ name: alarmName('chime', session.id, chimeIndex(alert)), when });
    }
  }
  if (state.status === 'running') alarms.push(...runningAlarms(state, now));
  // A stop's undo window closes at its stored deadline (then the history record is written).
  if (state.status === 'stopped' && state.undo)
    alarms.push({ name: alarmName('undo', session.id, 0), when: state.undo.until });
  const delay = backupDelayMs(plan);
  const backups = alarms.filter((a) => !a.name.includes('|badge|')).map((a) => a.when);
  if (alert) backups.push(alert.raisedAt);
  const backup = Math.min(...backups.map((when) => when + delay).filter((when) => when > now));
  if (Number.isFinite(backup)) alarms.push({ name: alarmName('backup', session.id, 0), when: backup });
  return alarms;
}

function runningAlarms(state: TimerState & { status: 'running' }, now: number): DesiredAlarm[] {
  const { session } = state;
  const { plan } = session;
  const alarms: DesiredAlarm[] = [];
  const step = session.stepIndex;
  alarms.push({ name: alarmName('end', session.id, step), when: state.endsAt });
  for (const kind of ['hotReady', 'endsSoon'] as const) {
    const when = pendingHeadsUp(state, kind);
    if (when !== null) alarms.push({ name: alarmName(kind, session.id, step), when });
  }
  // The badge shows whole protocol minutes left: refresh it when that number changes.
  const left = state.endsAt - now;
  if (left > plan.minuteMs) {
    const nextBoundary = state.endsAt - Math.floor((left - 1) / plan.minuteMs) * plan.minuteMs;
    alarms.push({ name: alarmName('badge', session.id, step), when: nextBoundary });
  }
  return alarms;
}
