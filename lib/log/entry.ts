import * as v from 'valibot';
import { sessionOutcomes } from '@/lib/contrast/schema';
import { type BodySide, type MuscleGroupId, muscleGroupIds } from '@/lib/muscles/ids';
import { type TechniqueId, techniqueIds } from '@/lib/techniques/data';

/** "Not sure where": the default place, so a cramp can be logged without choosing anything. */
export const unsurePlace = 'unsure';
export type LogPlace = MuscleGroupId | typeof unsurePlace;
export const helpedValues = ['better', 'same', 'worse'] as const;
export type Helped = (typeof helpedValues)[number];
/**
 * What seemed to bring a cramp on: the Muscle Cramp Scale used in ALS cramp studies asks about
 * triggers. "jaw": eating or yawning.
 */
export const triggerValues = ['rest', 'effort', 'moving', 'jaw', 'cold', 'unsure'] as const;
export type Trigger = (typeof triggerValues)[number];
export const bodySides = ['left', 'right', 'both'] as const satisfies readonly BodySide[];

/** Longest note kept; longer text is cut, never rejected, so a save never fails on length. */
export const maxNoteLength = 2000;

/** A contrast session recorded automatically from the timer's history. */
export const contrastDetailSchema = v.object({
  sessionId: v.pipe(v.string(), v.maxLength(200)),
  /** Phases that ran to their end. */
  phasesCompleted: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
  totalPhases: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
  /** Phases the person skipped; absent in entries recorded before it was kept (unknown). */
  phasesSkipped: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100))),
  outcome: v.picklist(sessionOutcomes),
});

// Plausible epoch ms: 2000-01-01 .. 2200-01-01. Anything else is corrupt or foreign.
const epochMs = v.pipe(v.number(), v.integer(), v.minValue(946_684_800_000), v.maxValue(7_258_118_400_000));

/**
 * One log entry as stored (schema v2) and as exported. Every read from the database and every
 * imported record is checked against this; a record that fails is skipped, never shown half-broken.
 */
export const logEntrySchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  /** When the cramp (or session) happened. */
  at: epochMs,
  createdAt: epochMs,
  updatedAt: epochMs,
  place: v.picklist([...muscleGroupIds, unsurePlace]),
  side: v.optional(v.picklist(bodySides)),
  severity: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10))),
  tried: v.pipe(v.array(v.picklist(techniqueIds)), v.maxLength(techniqueIds.length)),
  helped: v.optional(v.picklist(helpedValues)),
  durationMinutes: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(24 * 60))),
  /** Optional (added after schema v2; older records simply lack it). */
  trigger: v.optional(v.picklist(triggerValues)),
  /** How much it disturbed daily life, 0–10 (the Muscle Cramp Scale's rating). Optional. */
  disturbance: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10))),
  note: v.optional(v.pipe(v.string(), v.maxLength(maxNoteLength))),
  /** The person marked the note for the clinic: it is printed on the clinic summary. Optional. */
  forClinic: v.optional(v.boolean()),
  source: v.picklist(['manual', 'contrast']),
  contrast: v.optional(contrastDetailSchema),
});

/** A cramp (or an automatically recorded contrast session) in the log. */
export type LogEntry = v.InferOutput<typeof logEntrySchema>;

/** What the form collects; the store adds id and times. */
export interface LogDraft {
  at?: number;
  place?: LogPlace;
  side?: BodySide;
  severity?: number;
  tried?: TechniqueId[];
  helped?: Helped;
  durationMinutes?: number;
  trigger?: Trigger;
  disturbance?: number;
  note?: string;
  /** Print the note on the clinic summary. */
  forClinic?: boolean;
}

/** Checks an unknown value (a database record, an imported item); undefined when it is not a valid entry. */
export function parseLogEntry(value: unknown): LogEntry | undefined {
  const result = v.safeParse(logEntrySchema, value);
  return result.success ? result.output : undefined;
}

/** A fresh random id; stable for the entry's life, so exports and imports can merge duplicates. */
export function newEntryId(): string {
  return crypto.randomUUID();
}

/** A 0–10 rating rounded and clamped; undefined when not given or not a number. */
function scale0to10(value: number | undefined): number | undefined {
  return value === undefined || !Number.isFinite(value)
    ? undefined
    : Math.min(10, Math.max(0, Math.round(value)));
}

/**
 * Builds a valid entry from a draft: unknown fields dropped, text trimmed and cut, numbers clamped.
 * Only the place is defaulted ("not sure"); severity and the rest stay empty unless given, so the
 * log never records something the user did not say.
 */
export function entryFromDraft(draft: LogDraft, now: number, id = newEntryId()): LogEntry {
  const note = draft.note?.trim().slice(0, maxNoteLength);
  const severity = scale0to10(draft.severity);
  const disturbance = scale0to10(draft.disturbance);
  const duration =
    draft.durationMinutes === undefined || !Number.isFinite(draft.durationMinutes)
      ? undefined
      : Math.min(24 * 60, Math.max(0, draft.durationMinutes));
  return {
    id,
    at: draft.at ?? now,
    createdAt: now,
    updatedAt: now,
    place: draft.place ?? unsurePlace,
    ...(draft.side ? { side: draft.side } : {}),
    ...(severity !== undefined ? { severity } : {}),
    tried: [...new Set(draft.tried ?? [])].filter((tid) => techniqueIds.includes(tid)),
    ...(draft.helped ? { helped: draft.helped } : {}),
    ...(duration !== undefined ? { durationMinutes: duration } : {}),
    ...(draft.trigger && triggerValues.includes(draft.trigger) ? { trigger: draft.trigger } : {}),
    ...(disturbance !== undefined ? { disturbance } : {}),
    ...(note ? { note } : {}),
    // Only a note can be marked: a mark on nothing would print nothing.
    ...(note && draft.forClinic ? { forClinic: true } : {}),
    source: 'manual',
  };
}
