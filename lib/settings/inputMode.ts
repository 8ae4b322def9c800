import * as v from 'valibot';
import { type Checked, defineStoredItem } from '@/lib/storage/storedItem';

/**
 * "How I use the panel": the default pointer and keyboard modes change nothing; the two switch modes
 * and dwell turn on the scanning or dwell layer (lib/access), which loads only then.
 */
export const inputModes = ['pointer', 'keyboard', 'two-switches', 'one-switch', 'dwell'] as const;

/** Adjustable ranges, in milliseconds (defaults from Android Switch Access and autoclick). */
export const inputTimingRanges = {
  itemMs: { min: 500, max: 5000 },
  firstItemExtraMs: { min: 0, max: 5000 },
  loops: { min: 1, max: 5 },
  debounceMs: { min: 0, max: 500 },
  dwellMs: { min: 500, max: 3000 },
} as const;

const ranged = (range: { min: number; max: number }) =>
  v.pipe(v.number(), v.integer(), v.minValue(range.min), v.maxValue(range.max));

/** One keyboard key, as `KeyboardEvent.key` names it (a switch interface sends a key). */
const keySchema = v.pipe(v.string(), v.minLength(1), v.maxLength(32));

/** The input-mode settings, version 1; the type is derived from it. */
export const InputModeSettingsSchema = v.object({
  mode: v.picklist(inputModes),
  moveKey: keySchema,
  selectKey: keySchema,
  itemMs: ranged(inputTimingRanges.itemMs),
  firstItemExtraMs: ranged(inputTimingRanges.firstItemExtraMs),
  loops: ranged(inputTimingRanges.loops),
  debounceMs: ranged(inputTimingRanges.debounceMs),
  dwellMs: ranged(inputTimingRanges.dwellMs),
  /** A short tick on each scan step; off by default (the chime and speech are separate). */
  tick: v.boolean(),
  /** The first-run question was shown; never asked again after. */
  offered: v.boolean(),
});

/** The input-mode settings the panel uses. */
export type InputModeSettings = v.InferOutput<typeof InputModeSettingsSchema>;
export type InputMode = InputModeSettings['mode'];

/** What a new user gets; Space moves and Enter selects, as most switch interfaces are set up. */
export const defaultInputMode: Readonly<InputModeSettings> = Object.freeze({
  mode: 'pointer',
  moveKey: ' ',
  selectKey: 'Enter',
  itemMs: 1000,
  firstItemExtraMs: 700,
  loops: 2,
  debounceMs: 0,
  dwellMs: 1000,
  tick: false,
  offered: false,
});

/**
 * Stored value made safe, field by field: one unreadable timing falls back to its default without
 * resetting the mode (a switch user must never be thrown back to a mode they cannot use). `corrupt`
 * when any field fell back; nothing stored yet is not a problem.
 */
export function checkInputMode(stored: unknown): Checked<InputModeSettings> {
  const record =
    typeof stored === 'object' && stored !== null && !Array.isArray(stored)
      ? (stored as Record<string, unknown>)
      : {};
  const settings: Record<string, unknown> = { ...defaultInputMode };
  let corrupt = false;
  for (const [field, schema] of Object.entries(InputModeSettingsSchema.entries)) {
    const result = v.safeParse(schema, record[field]);
    if (result.success) settings[field] = result.output;
    else corrupt = stored != null;
  }
  return { value: settings as InputModeSettings, corrupt };
}

/** The stored value made safe, field by field (checkInputMode). */
export function normalizeInputMode(stored: unknown): InputModeSettings {
  return checkInputMode(stored).value;
}

/** Whether the mode needs the scanning or dwell layer loaded. */
export function needsAccessLayer(mode: InputMode): boolean {
  return mode === 'two-switches' || mode === 'one-switch' || mode === 'dwell';
}

/** The input mode, in `sync` with the other settings; version 1. */
export const inputModeStorage = defineStoredItem('sync:inputMode', {
  schema: InputModeSettingsSchema,
  fallback: defaultInputMode,
  version: 1,
  check: checkInputMode,
});
