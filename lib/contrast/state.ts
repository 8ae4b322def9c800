import { storage } from '@wxt-dev/storage';
import * as v from 'valibot';
import { memoryOnlyArea } from '@/lib/platform/memoryArea';
import { idleState, type TimerState } from './machine';

/** The running session's state (this device only: a timer runs where the packs are). */
export const timerStateStorage = storage.defineItem<TimerState | { status: 'idle'; notice: 'corrupt' }>(
  'local:contrastTimerState',
  { fallback: idleState, version: 1 },
);

/**
 * The newest state the worker could not store in `timerStateStorage` (storage full or failing), kept
 * until the browser closes so the session goes on and the panel shows it; removed after the next
 * successful write. Null when every state was stored.
 */
export const unsavedTimerStateStorage = storage.defineItem<TimerState | null>(
  `${memoryOnlyArea}:contrastTimerStateUnsaved`,
  { fallback: null },
);

/**
 * How far the newest alert's announcement got: `sessionId#alertId|parts`, parts `n` (notification) and
 * `c` (chime) each added once the browser took it. A part missing for the alert in the stored state was
 * cut off by a stopped worker: the next worker sends it.
 */
export const announcedAlertStorage = storage.defineItem<string | null>('local:contrastAnnouncedAlert', {
  fallback: null,
});

/** The error name the worker answers with when a session cannot start because its state cannot be stored. */
export const stateNotSavedError = 'TimerStateNotSaved';

const finite = v.pipe(v.number(), v.finite());
const planSchema = v.object({
  steps: v.pipe(
    v.array(
      v.object({ kind: v.picklist(['cold', 'hot', 'swap']), durationMs: v.pipe(finite, v.minValue(0)) }),
    ),
    v.minLength(1),
  ),
  hotReadyMs: finite,
  endsSoonMs: finite,
  minuteMs: v.pipe(finite, v.minValue(1)),
  scale: v.pipe(finite, v.minValue(1)),
});
const sessionSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  startedAt: finite,
  plan: planSchema,
  stepIndex: v.pipe(v.number(), v.integer(), v.minValue(0)),
  headsUpsDone: v.array(v.picklist(['hotReady', 'endsSoon'])),
  alert: v.nullable(
    v.object({
      id: v.number(),
      kind: v.picklist(['phase', 'hotReady', 'endsSoon', 'finished', 'interrupted']),
      stepIndex: v.number(),
      raisedAt: finite,
      chimes: v.number(),
    }),
  ),
  alertCount: v.number(),
  wasInterrupted: v.boolean(),
  changes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});
const stateSchema = v.variant('status', [
  v.object({ status: v.literal('idle'), notice: v.optional(v.literal('corrupt')) }),
  v.object({ status: v.literal('running'), session: sessionSchema, endsAt: finite }),
  v.object({
    status: v.literal('paused'),
    session: sessionSchema,
    remainingMs: v.pipe(finite, v.minValue(0)),
  }),
  v.object({
    status: v.literal('interrupted'),
    session: sessionSchema,
    missedAt: finite,
    detectedAt: finite,
  }),
  v.object({ status: v.literal('finished'), session: sessionSchema, endedAt: finite }),
  v.object({ status: v.literal('stopped'), session: sessionSchema, endedAt: finite }),
]);

/**
 * A validated timer state; `corrupt` says the stored value was unusable and idle was used instead;
 * `unsaved` says it is the worker's unsaved copy (storage refused the last write).
 */
export interface CheckedTimerState {
  state: TimerState;
  corrupt: boolean;
  unsaved?: true;
}

/** Validates a stored timer state. Never throws: anything unusable becomes idle, flagged as corrupt. */
export function checkTimerState(stored: unknown): CheckedTimerState {
  const result = v.safeParse(stateSchema, stored);
  if (!result.success) return { state: idleState, corrupt: true };
  const state = result.output as TimerState & { notice?: 'corrupt' };
  if (state.status === 'idle') return { state: idleState, corrupt: state.notice === 'corrupt' };
  return { state, corrupt: false };
}

/** Reads and validates the timer state (the unsaved copy first, when there is one); never throws. */
export async function loadTimerState(): Promise<CheckedTimerState> {
  try {
    const unsaved = checkTimerState(await unsavedTimerStateStorage.getValue().catch(() => null));
    if (!unsaved.corrupt) return { ...unsaved, unsaved: true };
    return checkTimerState(await timerStateStorage.getValue());
  } catch {
    return { state: idleState, corrupt: true };
  }
}
