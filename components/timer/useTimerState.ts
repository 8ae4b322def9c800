import { useEffect, useState } from 'preact/hooks';
import { idleState } from '@/lib/contrast/machine';
import { type TimerSettings, timerSettingsStorage } from '@/lib/contrast/settings';
import {
  type CheckedTimerState,
  timerStateOf,
  timerStateStorage,
  unsavedTimerStateStorage,
} from '@/lib/contrast/state';
import { useStoredItem } from '../common/useStoredItem';

/**
 * The timer state as stored by the worker, validated, kept current with `storage.watch`. The panel never
 * keeps its own copy of the truth: closing and reopening it shows exactly what is stored. `unsaved`:
 * storage refused the worker's last write, and this is its memory-only copy (it wins while there is one).
 */
export function useTimerState(): CheckedTimerState & { loaded: boolean } {
  const [stored] = useStoredItem(timerStateStorage);
  const [unsaved] = useStoredItem(unsavedTimerStateStorage);
  if (!stored || !unsaved) return { state: idleState, corrupt: false, loaded: false };
  return { ...timerStateOf(stored, unsaved), loaded: true };
}

/**
 * The current time, re-rendered just after each whole second of `until - now` changes, with a
 * setTimeout chain (no setInterval). Returns Date.now() when nothing counts down.
 */
export function useNow(until: number | null): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (until === null) return;
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      const left = until - Date.now();
      if (left <= 0) return;
      const delay = (left % 1000) + 5;
      timer = setTimeout(() => {
        setNow(Date.now());
        schedule();
      }, delay);
    };
    setNow(Date.now());
    schedule();
    return () => clearTimeout(timer);
  }, [until]);
  return now;
}

/** The saved timer settings, kept current (another page or a synced browser); null until read. */
export function useSavedTimerSettings(): TimerSettings | null {
  return useStoredItem(timerSettingsStorage)[0]?.value ?? null;
}
