import * as v from 'valibot';

/** What a medicine is for: separates cramp medicines from the rest (clinic.md: preventive vs other). */
export const medicinePurposes = ['cramps', 'other'] as const;
export type MedicinePurpose = (typeof medicinePurposes)[number];

/** A local calendar day, "YYYY-MM-DD": a start or stop date is a day, not a moment. */
const localDay = v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/));
const epochMs = v.pipe(v.number(), v.integer(), v.minValue(946_684_800_000), v.maxValue(7_258_118_400_000));

/**
 * One medicine on the person's own list (schema v3 store `medicines`). The dose is free text exactly
 * as their clinician gave it: the product never suggests a medicine or a dose.
 */
export const medicineSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
  purpose: v.picklist(medicinePurposes),
  startedOn: localDay,
  stoppedOn: v.optional(localDay),
  doseNote: v.optional(v.pipe(v.string(), v.maxLength(500))),
  createdAt: epochMs,
  updatedAt: epochMs,
});

/** A medicine on the list. */
export type Medicine = v.InferOutput<typeof medicineSchema>;

/** Checks an unknown value (a database record, an imported item); undefined when it is not valid. */
export function parseMedicine(value: unknown): Medicine | undefined {
  const result = v.safeParse(medicineSchema, value);
  if (!result.success) return undefined;
  const medicine = result.output;
  // Stopped before it started: corrupt, not shown half-right.
  if (medicine.stoppedOn !== undefined && medicine.stoppedOn < medicine.startedOn) return undefined;
  return medicine;
}

/** "YYYY-MM-DD" of the local calendar day containing `time`. */
export function localDayKey(time: number): string {
  const d = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local midnight that starts a "YYYY-MM-DD" day (calendar arithmetic, so DST days are right). */
export function localDayStart(dayKey: string): number {
  const [year, month, date] = dayKey.split('-').map(Number);
  return new Date(year ?? 0, (month ?? 1) - 1, date ?? 1).getTime();
}

/** A start or a stop of a medicine on the list: what the trend chart marks and before/after compares. */
export interface MedicineChange {
  medicine: Medicine;
  kind: 'started' | 'stopped';
  /** The local day of the change, "YYYY-MM-DD". */
  on: string;
}

/** Every start and stop on the list, oldest first (a stop after a start on the same day). */
export function medicineChanges(medicines: Iterable<Medicine>): MedicineChange[] {
  const changes: MedicineChange[] = [];
  for (const medicine of medicines) {
    changes.push({ medicine, kind: 'started', on: medicine.startedOn });
    if (medicine.stoppedOn) changes.push({ medicine, kind: 'stopped', on: medicine.stoppedOn });
  }
  const order = { started: 0, stopped: 1 };
  return changes.sort(
    (a, b) =>
      a.on.localeCompare(b.on) ||
      order[a.kind] - order[b.kind] ||
      a.medicine.name.localeCompare(b.medicine.name),
  );
}

/** What the medicine form collects; the store adds id and times. */
export interface MedicineDraft {
  name: string;
  purpose: MedicinePurpose;
  startedOn: string;
  stoppedOn?: string;
  doseNote?: string;
}

/**
 * A medicine from a form draft, keeping id and creation time when it replaces `existing`; empty
 * optional text left out. Undefined when the draft is not valid (no name, a stop before the start).
 */
export function medicineFromDraft(
  draft: MedicineDraft,
  now: number,
  existing?: Medicine,
): Medicine | undefined {
  const doseNote = draft.doseNote?.trim();
  return parseMedicine({
    id: existing?.id ?? crypto.randomUUID(),
    name: draft.name,
    purpose: draft.purpose,
    startedOn: draft.startedOn,
    ...(draft.stoppedOn ? { stoppedOn: draft.stoppedOn } : {}),
    ...(doseNote ? { doseNote } : {}),
    createdAt: existing?.createdAt ?? now,
    updatedAt: existing ? Math.max(now, existing.updatedAt + 1) : now,
  });
}
