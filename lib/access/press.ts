/**
 * Switch presses and dwell as pure functions, for tremor and eye gaze: a press shorter than the
 * debounce time is ignored; a pointer resting on one target for the dwell time fires it once, and must
 * leave it before it can fire again (as Tobii Dynavox and OptiKey do).
 */

/** Whether a press held from `downAt` to `upAt` counts. With no debounce every press counts. */
export function pressCounts(downAt: number, upAt: number, debounceMs: number): boolean {
  return debounceMs <= 0 || upAt - downAt >= debounceMs;
}

/** Dwell progress on one target. */
export interface DwellState<T> {
  target: T | null;
  /** When the pointer came to rest on the target. */
  since: number;
  /** Fired already: nothing more until the pointer leaves. */
  fired: boolean;
}

/** No target under the pointer. */
export function idleDwell<T>(): DwellState<T> {
  return { target: null, since: 0, fired: false };
}

/** The next dwell state, how full the ring is (0–1) and the target to activate now, if any. */
export function updateDwell<T>(
  state: DwellState<T>,
  target: T | null,
  now: number,
  dwellMs: number,
): { state: DwellState<T>; progress: number; fire: T | null } {
  if (target !== state.target) {
    // Leaving resets: a new target starts from empty.
    return { state: { target, since: now, fired: false }, progress: 0, fire: null };
  }
  if (target === null || state.fired) return { state, progress: state.fired ? 1 : 0, fire: null };
  const progress = Math.min(1, Math.max(0, (now - state.since) / dwellMs));
  if (progress >= 1) return { state: { ...state, fired: true }, progress: 1, fire: target };
  return { state, progress, fire: null };
}
