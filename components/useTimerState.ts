import { useEffect, useState } from 'preact/hooks';
import { idleState, type TimerState } from '@/lib/contrast/machine';
import { checkTimerState, loadTimerState, timerStateStorage } from '@/lib/contrast/state';

/**
 * The timer state as stored by the worker, validated, kept current with `storage.watch`. The panel never
 * keeps its own copy of the truth: closing and reopening it shows exactly what is stored.
 */
export function useTimerState(): { state: TimerState; corrupt: boolean; loaded: boolean } {
  const [value, setValue] = useState({ state: idleState, corrupt: false, loaded: false });
  useEffect(() => {
    let active = true;
    void loadTimerState().then((checked) => active && setValue({ ...checked, loaded: true }));
    const unwatch = timerStateStorage.watch((next) => setValue({ ...checkTimerState(next), loaded: true }));
    return () => {
      active = false;
      unwatch();
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
