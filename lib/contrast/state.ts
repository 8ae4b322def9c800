import * as v from 'valibot';
import { memoryOnlyArea } from '@/lib/platform/memoryArea';
import { type Checked, defineStoredItem } from '@/lib/storage/storedItem';
import { idleState } from './machine';
import { type StoredTimerState, storedTimerStateSchema, type TimerState } from './schema';

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

/**
 * The timer state from its two items, checked: the unsaved copy when there is a usable one, else the
 * stored state (anything unusable becomes idle, flagged as corrupt).
 */
export function timerStateOf(
  stored: Checked<StoredTimerState>,
  unsaved?: Checked<StoredTimerState | null>,
): CheckedTimerState {
  const copy = unsaved?.value && timerStateOf(unsaved as Checked<StoredTimerState>);
  if (copy && !copy.corrupt) return { ...copy, unsaved: true };
  const { value: state, corrupt } = stored;
  if (corrupt) return { state: idleState, corrupt };
  if (state.status === 'idle') return { state: idleState, corrupt: state.notice === 'corrupt' };
  return { state, corrupt: false };
}

/** Validates a stored timer state. Never throws: anything unusable becomes idle, flagged as corrupt. */
export const checkTimerState = (stored: unknown) => timerStateOf(timerStateStorage.check(stored));

/** Reads and validates the timer state (the unsaved copy first, when there is one); never throws. */
export async function loadTimerState(): Promise<CheckedTimerState> {
  const [stored, unsaved] = await Promise.all([timerStateStorage.load(), unsavedTimerStateStorage.load()]);
  return timerStateOf(stored, unsaved);
}
