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
