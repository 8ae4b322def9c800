import { useEffect, useState } from 'preact/hooks';
import { idleState } from '@/lib/contrast/machine';
import { loadTimerSettings, type TimerSettings, timerSettingsStorage } from '@/lib/contrast/settings';
import {
  type CheckedTimerState,
  loadTimerState,
  timerStateStorage,
  unsavedTimerStateStorage,
} from '@/lib/contrast/state';

/**
 * The timer state as stored by the worker, validated, kept current with `storage.watch`. The panel never
 * keeps its own copy of the truth: closing and reopening it shows exactly what is stored. `unsaved`:
 * storage refused the worker's last write, and this is its memory-only copy.
 */
export function useTimerState(): CheckedTimerState & { loaded: boolean } {
  const [value, setValue] = useState<CheckedTimerState & { loaded: boolean }>({
    state: idleState,
    corrupt: false,
    loaded: false,
  });
  useEffect(() => {
    let active = true;
    // Re-read on any change: the unsaved copy, when there is one, wins over the stored state.
    const load = () =>
      void loadTimerState().then((checked) => active && setValue({ ...checked, loaded: true }));
    load();
    const unwatch = timerStateStorage.watch(load);
    const unwatchUnsaved = unsavedTimerStateStorage.watch(load);
    return () => {
      active = false;
      unwatch();
      unwatchUnsaved();
    };
  }, []);
  return value;
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
  const [settings, setSettings] = useState<TimerSettings | null>(null);
  useEffect(() => {
    let active = true;
    const load = () => void loadTimerSettings().then((checked) => active && setSettings(checked.value));
    load();
    const unwatch = timerSettingsStorage.watch(load);
    return () => {
      active = false;
      unwatch();
    };
  }, []);
  return settings;
}
