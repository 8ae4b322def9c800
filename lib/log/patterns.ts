/**
 * Parts of the day for "when do cramps come": night is 0–6 (the Muscle Cramp Scale asks about cramps
 * at rest and at night), then morning 6–12, afternoon 12–18, evening 18–24, in local time.
 */
export const timesOfDay = ['night', 'morning', 'afternoon', 'evening'] as const;
export type TimeOfDay = (typeof timesOfDay)[number];

/** The part of the local day a time falls in (an hour repeated or skipped by a clock change included). */
export function timeOfDayOf(time: number): TimeOfDay {
  return timesOfDay[Math.floor(new Date(time).getHours() / 6)] ?? 'night';
}

/** Shades of the heat map: 0 for none, then 1–4 in quarters of the busiest place's count. */
export const heatLevels = 4;

/** A place's shade: 0 when it had no cramps, otherwise 1..heatLevels in proportion to the busiest. */
export function heatLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(heatLevels, Math.max(1, Math.ceil((count / max) * heatLevels)));
}

/** The busiest part of the day, when one stands out (a tie gives undefined); undefined with no cramps. */
export function busiestTimeOfDay(counts: Readonly<Record<TimeOfDay, number>>): TimeOfDay | undefined {
  const sorted = [...timesOfDay].sort((a, b) => counts[b] - counts[a]);
  const [first, second] = sorted;
  if (!first || counts[first] === 0) return undefined;
  return second && counts[second] === counts[first] ? undefined : first;
}
