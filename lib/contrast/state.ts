import * as v from 'valibot';
import { memoryOnlyArea } from '@/lib/platform/memoryArea';
import { defineStoredItem } from '@/lib/storage/storedItem';
import { idleState } from './machine';
import { storedTimerStateSchema, type TimerState } from './schema';

/** The running session's state (this device only: a timer runs where the packs are). */
export const timerStateStorage = defineStoredItem('local:contrastTimerState', {
  schema: storedTimerStateSchema,
  fallback: idleState,
  version: 1,
});

/**
 * The newest state the worker could not store in `timerStateStorage` (storage full or failing), kept
 * until the browser closes so the session goes on and the panel shows it; removed after the next
 * successful write. Null when every state was stored.
 */
export const unsavedTimerStateStorage = defineStoredItem(`${memoryOnlyArea}:contrastTimerStateUnsaved`, {
  schema: v.nullable(storedTimerStateSchema),
  fallback: null,
});

/** The error name the worker answers with when a session cannot start because its state cannot be stored. */
export const stateNotSavedError = 'TimerStateNotSaved';

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
  const { value: state, corrupt } = timerStateStorage.check(stored);
  if (corrupt) return { state: idleState, corrupt };
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
