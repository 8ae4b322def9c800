import { isPhase, type Plan } from './protocol';
import {
  type AlertKind,
  type HeadsUp,
  headsUps,
  type PendingAlert,
  type Session,
  type TimerState,
} from './schema';

export type { AlertKind, PendingAlert, Session, TimerState } from './schema';

/**
 * The state a command was issued against: what the person saw when pressing (or, for the browser's
 * keyboard commands and notification buttons, the state the worker held when the press arrived), as
 * `status|session|step|presses~alert`. A command applies only while this is still the state, so a bounce,
 * a second Enter or the same press from a second page is a no-op (rules per command in
 * tests/lib/contrast/machine.commands.test.ts).
 */
export type Seen = string;

/** What a command issued now would name as its state. */
export function seenOf(state: TimerState): Seen {
  const session = state.status === 'idle' ? null : state.session;
  return `${state.status}|${session?.id}|${session?.stepIndex}|${session?.changes ?? 0}~${session?.alert?.id}`;
}

/**
 * Whether `event` still applies to `state` (the state after any passed deadline was handled): the same
 * status, session, step and count of pause/resume/+1 min presses applied to the step, so each press
 * counts once and a second deliberate +1 min (issued after the first showed) counts too. Acknowledge
 * names its alert as well; the others ignore an alert raised meanwhile (a heads-up as the press lands).
 */
function stillApplies(state: TimerState, event: TimerEvent): boolean {
  const seen = 'seen' in event && event.seen;
  if (!seen) return true;
  const now = seenOf(state);
  return event.type === 'acknowledge' ? seen === now : seen.split('~')[0] === now.split('~')[0];
}

/** Everything that can happen to the timer. `now` is always passed in. */
export type TimerEvent =
  | { type: 'start'; plan: Plan; sessionId: string; seen?: Seen }
  | { type: 'pause'; seen?: Seen }
  /** Paused: carry on. Interrupted: continue from the next phase. */
  | { type: 'resume'; seen?: Seen }
  | { type: 'skip'; seen?: Seen }
  | { type: 'extend'; seen?: Seen }
  | { type: 'stop'; seen?: Seen }
  /** Within `undoStopMs` of a stop: bring the session back as it was (a passed deadline is caught up). */
  | { type: 'undo'; seen?: Seen }
  | { type: 'acknowledge'; seen?: Seen }
  | { type: 'alarm'; name: string }
  /** Worker start or panel look: notice a deadline that passed with no alarm. */
  | { type: 'check' };

/** The starting state. */
export const idleState: TimerState = { status: 'idle' };

/** How long (real time) a stopped session can be brought back: its deadline is stored, never counted down. */
export const undoStopMs = 10_000;

/** An alarm that fires this early still counts as on time (Chrome rounds alarm times a little). */
const earlyToleranceMs = 50;

/**
 * How late a deadline may be handled before it counts as missed: one protocol minute, but never under
 * 3 s real time (time-scaled builds: a deadline whose alarm died with a stopped worker is handled by the
 * backup alarm, up to two alarm polls of 1 s late, on a machine that delays alarms by hundreds of ms).
 * Later than this, the browser or computer was down: the session is interrupted, never silently moved on.
 */
export function overdueGraceMs(plan: Plan): number {
  return Math.max(plan.minuteMs, 3000);
}

/**
 * How long after the soonest alarm the backup alarm comes (see schedule.ts): at least one alarm poll
 * later (Chrome: 1 s unpacked, 30 s packed), so the two are never delivered to the same worker, and well
 * inside the overdue grace.
 */
export function backupDelayMs(plan: Pick<Plan, 'minuteMs'>): number {
  return Math.max(plan.minuteMs / 2, 1000);
}

/** Alarm kinds the schedule creates; the name carries the session and step it belongs to. */
const alarmKinds = ['end', ...headsUps, 'chime', 'badge', 'backup', 'undo'] as const;
export type AlarmKind = (typeof alarmKinds)[number];

/** Builds an alarm name: `contrast|kind|session|index` (index = step, or chimeIndex for chimes). */
export function alarmName(kind: AlarmKind, sessionId: string, index: number): string {
  return `contrast|${kind}|${sessionId}|${index}`;
}

/**
 * The index of an alert's next chime alarm: alert id and chimes so far, so each repetition has its own
 * name and a late duplicate of one already played is stale.
 */
export function chimeIndex(alert: PendingAlert): number {
  return alert.id * 1000 + alert.chimes;
}

/** Parses an alarm name made by alarmName; anything else gives null. */
export function parseAlarmName(name: string): { kind: AlarmKind; sessionId: string; index: number } | null {
  const [prefix, kind, sessionId, index] = name.split('|');
  if (prefix !== 'contrast' || !sessionId || !kind || !(alarmKinds as readonly string[]).includes(kind))
    return null;
  const parsed = Number(index);
  return Number.isInteger(parsed) ? { kind: kind as AlarmKind, sessionId, index: parsed } : null;
}

function raise(session: Session, kind: AlertKind, stepIndex: number, now: number): Session {
  const id = session.alertCount + 1;
  return { ...session, alertCount: id, alert: { id, kind, stepIndex, raisedAt: now, chimes: 1 } };
}

/** Starts step `stepIndex` at `startAt`; `alertAt` (the real handling time) raises the phase alert. */
function runStep(session: Session, stepIndex: number, startAt: number, alertAt: number | null): TimerState {
  const step = session.plan.steps[stepIndex];
  if (!step) {
    const ended =
      alertAt !== null ? raise(session, 'finished', stepIndex - 1, alertAt) : { ...session, alert: null };
    return {
      status: 'finished',
      session: { ...ended, stepIndex: session.plan.steps.length },
      endedAt: startAt,
    };
  }
  // The count restarts at 0 rather than being dropped: the state does not shrink by it at a step, so one
  // that storage refused (full) is not taken a step later just because it got shorter.
  const moved: Session = { ...session, stepIndex, headsUpsDone: [], alert: null, changes: 0 };
  return {
    status: 'running',
    session: alertAt !== null ? raise(moved, 'phase', stepIndex, alertAt) : moved,
    endsAt: startAt + step.durationMs,
  };
}

/**
 * Handles a running step's deadline: on time → next step (it gets its full length from now);
 * far past it → interrupted; before it → nothing. A stop's undo window that has passed closes.
 */
function reachDeadline(state: TimerState, now: number): TimerState {
  if (state.status === 'stopped' && state.undo && now >= state.undo.until - earlyToleranceMs) {
    const { undo: _closed, ...settled } = state;
    return settled;
  }
  if (state.status !== 'running' || now < state.endsAt - earlyToleranceMs) return state;
  const { session, endsAt } = state;
  if (now > endsAt + overdueGraceMs(session.plan)) {
    const interrupted = { ...raise(session, 'interrupted', session.stepIndex, now), wasInterrupted: true };
    return { status: 'interrupted', session: interrupted, missedAt: endsAt, detectedAt: now };
  }
  return runStep(session, session.stepIndex + 1, Math.max(now, endsAt), now);
}

/**
 * Real ms from the end of step `index` to the start of the next warm phase (the pack changes between),
 * or null when no warm phase follows.
 */
export function untilWarmAfter(plan: Plan, index: number): number | null {
  let ms = 0;
  for (const next of plan.steps.slice(index + 1)) {
    if (next.kind === 'hot') return ms;
    ms += next.durationMs;
  }
  return null;
}

/** What a heads-up of the running step announces (absolute ms): the step's end, or the warm phase's start. */
function announcedAt(state: TimerState & { status: 'running' }, kind: HeadsUp): number {
  return (
    state.endsAt +
    (kind === 'endsSoon' ? 0 : (untilWarmAfter(state.session.plan, state.session.stepIndex) ?? 0))
  );
}

function headsUpTime(state: TimerState & { status: 'running' }, kind: HeadsUp): number | null {
  const { plan, stepIndex } = state.session;
  const step = plan.steps[stepIndex];
  if (!step || step.kind === 'swap') return null;
  if (kind === 'endsSoon') {
    const lead = plan.endsSoonMs;
    return lead > 0 && lead < step.durationMs ? state.endsAt - lead : null;
  }
  // "Get the warm pack ready": during a cold phase a warm one follows (after any swap), at most from its start.
  if (step.kind !== 'cold' || plan.hotReadyMs <= 0 || untilWarmAfter(plan, stepIndex) === null) return null;
  return Math.max(state.endsAt - step.durationMs, announcedAt(state, kind) - plan.hotReadyMs);
}

/** When a not-yet-given heads-up of the running step is due (absolute ms), or null. */
export function pendingHeadsUp(state: TimerState, kind: HeadsUp): number | null {
  if (state.status !== 'running' || state.session.headsUpsDone.includes(kind)) return null;
  return headsUpTime(state, kind);
}

function onAlarm(state: TimerState, name: string, now: number): TimerState {
  const parsed = parseAlarmName(name);
  if (!parsed || state.status === 'idle' || parsed.sessionId !== state.session.id) return state;
  const { session } = state;
  // The backup wake-up stands in for whatever alarm a stopped worker took with it: a passed deadline.
  if (parsed.kind === 'backup' || parsed.kind === 'undo') return reachDeadline(state, now);
  if (parsed.kind === 'chime') {
    if (!session.alert || chimeIndex(session.alert) !== parsed.index) return state;
    return {
      ...state,
      session: { ...session, alert: { ...session.alert, chimes: session.alert.chimes + 1 } },
    };
  }
  if (state.status !== 'running' || parsed.index !== session.stepIndex) return state;
  if (parsed.kind === 'end') return reachDeadline(state, now);
  if (parsed.kind === 'badge') return state;
  const due = pendingHeadsUp(state, parsed.kind);
  // A heads-up is only useful on time; a stale one is dropped (the phase change itself is never dropped),
  // and so is one come so late that less than half its lead is left: its text names the time really left
  // (lib/contrast/text.ts), never "1 minute" with seconds to go.
  const announced = announcedAt(state, parsed.kind);
  if (
    due === null ||
    now < due - earlyToleranceMs ||
    now > due + overdueGraceMs(session.plan) ||
    announced - now < (announced - due) / 2
  )
    return state;
  const given = { ...session, headsUpsDone: [...session.headsUpsDone, parsed.kind] };
  return { ...state, session: raise(given, parsed.kind, session.stepIndex, now) };
}

/** The session with one more pause, resume or +1 min press applied to its step. */
function changed(session: Session): Session {
  return { ...session, changes: (session.changes ?? 0) + 1 };
}

/**
 * The timer's state machine: `(state, event, now) → state`. Pure; never throws; an event that makes
 * no sense in the current state returns the state unchanged. Before any user event, a passed deadline
 * is handled first, so a command never acts on an out-of-date phase.
 */
export function transition(state: TimerState, event: TimerEvent, now: number): TimerState {
  if (event.type === 'alarm') return onAlarm(state, event.name, now);
  const current = reachDeadline(state, now);
  // A deadline missed long ago is shown to the user first; only "stop" may act on it straight away.
  if (current.status === 'interrupted' && state.status !== 'interrupted' && event.type !== 'stop')
    return current;
  // A command issued against a state that is gone (a repeated press, a second page) does nothing.
  if (!stillApplies(current, event)) return current;
  switch (event.type) {
    case 'check':
      return current;
    case 'start': {
      if (current.status === 'running' || current.status === 'paused' || current.status === 'interrupted')
        return current;
      if (event.plan.steps.length === 0) return current;
      const session: Session = {
        id: event.sessionId,
        startedAt: now,
        plan: event.plan,
        stepIndex: 0,
        headsUpsDone: [],
        alert: null,
        alertCount: 0,
        wasInterrupted: false,
      };
      return runStep(session, 0, now, null);
    }
    case 'pause':
      if (current.status !== 'running') return current;
      return {
        status: 'paused',
        session: changed(current.session),
        remainingMs: Math.max(0, current.endsAt - now),
      };
    case 'resume':
      if (current.status === 'paused') {
        return { status: 'running', session: changed(current.session), endsAt: now + current.remainingMs };
      }
      if (current.status === 'interrupted') {
        return runStep({ ...current.session, alert: null }, current.session.stepIndex + 1, now, null);
      }
      return current;
    case 'skip': {
      // The deadline arrived with the press (its alarm can trail it by up to a second): the phase has
      // just moved on, which is the skip the user asked for. Skipping again would drop a whole phase.
      if (state.status === 'running' && current !== state) return current;
      if (current.status !== 'running' && current.status !== 'paused') return current;
      const { stepIndex } = current.session;
      const skipped = [...(current.session.skipped ?? []), stepIndex];
      const next = runStep({ ...current.session, alert: null, skipped }, stepIndex + 1, now, null);
      if (current.status === 'paused' && next.status === 'running') {
        return { status: 'paused', session: next.session, remainingMs: next.endsAt - now };
      }
      return next;
    }
    case 'extend': {
      const { minuteMs } = current.status === 'idle' ? { minuteMs: 0 } : current.session.plan;
      if (current.status === 'running') {
        const session = changed({
          ...current.session,
          headsUpsDone: current.session.headsUpsDone.filter((h) => h !== 'endsSoon'),
        });
        return { ...current, session, endsAt: current.endsAt + minuteMs };
      }
      if (current.status === 'paused') {
        const session = changed(current.session);
        return { ...current, session, remainingMs: current.remainingMs + minuteMs };
      }
      return current;
    }
    case 'stop':
      if (current.status !== 'running' && current.status !== 'paused' && current.status !== 'interrupted')
        return current;
      return {
        status: 'stopped',
        // A missed step did run to its deadline: it counts as done.
        session: {
          ...current.session,
          alert: null,
          stepIndex: current.session.stepIndex + (current.status === 'interrupted' ? 1 : 0),
        },
        endedAt: now,
        undo: { until: now + undoStopMs, state: current },
      };
    case 'undo': {
      if (current.status !== 'stopped' || !current.undo) return current;
      // As it was, but the alert the stop dealt with stays dealt with; a deadline that passed meanwhile is
      // caught up as after a stopped worker. One more change, so a press made before the stop stays stale.
      const was = current.undo.state;
      return reachDeadline({ ...was, session: changed({ ...was.session, alert: null }) }, now);
    }
    case 'acknowledge':
      if (current.status === 'finished' || current.status === 'stopped') return idleState;
      if (current.status === 'idle' || !current.session.alert) return current;
      return { ...current, session: { ...current.session, alert: null } } as TimerState;
    default:
      return current;
  }
}

/** Remaining real ms of the current step (never negative); null when no step is under way. */
export function remainingMs(state: TimerState, now: number): number | null {
  if (state.status === 'running') return Math.max(0, state.endsAt - now);
  if (state.status === 'paused') return state.remainingMs;
  return null;
}

/** Steps of the session that ran to their end (or, interrupted, to their deadline); skipped ones excluded. */
function stepsDone(state: TimerState): { done: number[]; skipped: number[] } {
  if (state.status === 'idle') return { done: [], skipped: [] };
  const { plan, stepIndex } = state.session;
  const skipped = new Set(state.session.skipped ?? []);
  // An interrupted step did run to its deadline, so it counts.
  const last = Math.min(plan.steps.length, state.status === 'interrupted' ? stepIndex + 1 : stepIndex);
  const done: number[] = [];
  for (let i = 0; i < last; i++) if (!skipped.has(i) && isPhase(plan.steps[i])) done.push(i);
  return { done, skipped: [...skipped].filter((i) => isPhase(plan.steps[i])) };
}

/** Treatment phases (cold/warm) that ran to their end by the time the session ended or was interrupted. */
export function phasesCompleted(state: TimerState): number {
  return stepsDone(state).done.length;
}

/** Treatment phases the person skipped (a skipped pack change is not a phase). */
export function phasesSkipped(state: TimerState): number {
  return stepsDone(state).skipped.length;
}
