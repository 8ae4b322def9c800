/**
 * Switch scanning as a pure state machine: `(state, event, now) → state` plus what to do, so step
 * scanning (two switches), auto-scanning (one switch) and their timing are tested on a fake clock.
 * Patterns from Android Switch Access: groups first, then the items of the chosen group with a "back"
 * stop at the end; 1 s per item, 0.7 s more on the first, 2 loops and then up a level; at the top,
 * stop after the loops until the switch is pressed.
 */

/** Auto-scan timing, in milliseconds, and how many loops before going up a level. */
export interface ScanTiming {
  itemMs: number;
  firstItemExtraMs: number;
  loops: number;
}

/** Android Switch Access defaults (Android Switch Access help). */
export const defaultScanTiming: Readonly<ScanTiming> = Object.freeze({
  itemMs: 1000,
  firstItemExtraMs: 700,
  loops: 2,
});

/** The shape of what is being scanned: how many items each group has. */
export type ScanShape = readonly number[];

/** Where the highlight is. At the item level, `index === items` is the "back" stop. */
export interface ScanState {
  level: 'groups' | 'items';
  group: number;
  index: number;
  /** Full passes completed at the current level. */
  loops: number;
  /** Auto-scan: when the highlight moves next (absolute time); null when stopped or step scanning. */
  nextAt: number | null;
}

/** What a select asks the panel to do. */
export type ScanAction =
  | { kind: 'none' }
  | { kind: 'activate'; group: number; item: number }
  | { kind: 'enter'; group: number }
  | { kind: 'back' }
  | { kind: 'resume' };

/** Stops at the current level: groups, or the group's items plus "back". */
export function stopsAt(state: ScanState, shape: ScanShape): number {
  if (state.level === 'groups') return shape.length;
  return (shape[state.group] ?? 0) + 1;
}

/** How long the highlight stays on the stop it is on now. */
export function dwellFor(state: ScanState, timing: ScanTiming): number {
  return timing.itemMs + (state.index === 0 ? timing.firstItemExtraMs : 0);
}

/** The start: the first group highlighted; auto-scan passes `now` to start the clock. */
export function startScan(now: number | null, timing: ScanTiming = defaultScanTiming): ScanState {
  const state: ScanState = { level: 'groups', group: 0, index: 0, loops: 0, nextAt: null };
  return now === null ? state : { ...state, nextAt: now + dwellFor(state, timing) };
}

/** Keeps a state valid after the view changed under it (fewer groups or items). */
export function clampScan(state: ScanState, shape: ScanShape): ScanState {
  if (shape.length === 0) return { ...state, level: 'groups', group: 0, index: 0 };
  const group = Math.min(state.group, shape.length - 1);
  const next = { ...state, group };
  const stops = stopsAt(next, shape);
  return state.index >= stops ? { ...next, index: 0, loops: 0 } : next;
}

/**
 * One step forward (the move switch, or the auto-scan clock). Wrapping round counts a loop; in
 * auto-scan (`now` given) after `timing.loops` loops in a group the highlight goes back up to the
 * groups, and after `timing.loops` loops of the groups it stops until the switch is pressed.
 */
export function stepScan(
  state: ScanState,
  shape: ScanShape,
  now: number | null,
  timing: ScanTiming = defaultScanTiming,
): ScanState {
  // Nothing to scan (the caregiver window between alerts): look again after an item's time.
  if (shape.length === 0) return now === null ? state : { ...state, nextAt: now + timing.itemMs };
  const stops = stopsAt(state, shape);
  let next: ScanState = { ...state, index: state.index + 1 };
  if (next.index >= stops) {
    next = { ...next, index: 0, loops: state.loops + 1 };
    if (now !== null && next.loops >= timing.loops) {
      if (state.level === 'items') {
        next = { level: 'groups', group: state.group, index: state.group, loops: 0, nextAt: null };
      } else {
        return { ...next, nextAt: null };
      }
    }
  }
  if (next.level === 'groups') next.group = next.index;
  if (now === null) return { ...next, nextAt: null };
  return { ...next, nextAt: now + dwellFor(next, timing) };
}

/** Auto-scan clock: every step that is due by `now`, without drift (each from its own deadline). */
export function advanceScan(
  state: ScanState,
  shape: ScanShape,
  now: number,
  timing: ScanTiming = defaultScanTiming,
): ScanState {
  let current = state;
  // Bounded: a panel that was asleep catches up at most one full pass, never loops forever.
  for (let guard = 0; current.nextAt !== null && current.nextAt <= now && guard < 1000; guard++) {
    current = stepScan(current, shape, current.nextAt, timing);
  }
  return current;
}

/**
 * The select switch. On a group: enter it (or act at once when it holds one control). On an item:
 * activate it; on "back": up to the groups. A stopped auto-scan resumes from the top instead.
 */
export function selectScan(
  state: ScanState,
  shape: ScanShape,
  now: number | null,
  timing: ScanTiming = defaultScanTiming,
): { state: ScanState; action: ScanAction } {
  const restart = (next: Omit<ScanState, 'nextAt'>): ScanState => ({
    ...next,
    nextAt: now === null ? null : now + dwellFor({ ...next, nextAt: null }, timing),
  });
  if (shape.length === 0) return { state, action: { kind: 'none' } };
  if (now !== null && state.nextAt === null) {
    return { state: startScan(now, timing), action: { kind: 'resume' } };
  }
  if (state.level === 'groups') {
    const items = shape[state.group] ?? 0;
    if (items === 1) {
      return {
        state: restart({ level: 'groups', group: state.group, index: state.group, loops: 0 }),
        action: { kind: 'activate', group: state.group, item: 0 },
      };
    }
    return {
      state: restart({ level: 'items', group: state.group, index: 0, loops: 0 }),
      action: { kind: 'enter', group: state.group },
    };
  }
  if (state.index >= (shape[state.group] ?? 0)) {
    return {
      state: restart({ level: 'groups', group: state.group, index: state.group, loops: 0 }),
      action: { kind: 'back' },
    };
  }
  return {
    state: restart({ ...state, loops: 0 }),
    action: { kind: 'activate', group: state.group, item: state.index },
  };
}
