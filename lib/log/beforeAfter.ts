import type { TechniqueId } from '@/lib/techniques/data';
import type { LogEntry } from './entry';
import { localDayKey, localDayStart, type MedicineChange } from './medicine';
import { isCramp, localDayFinder, startOfLocalDay } from './trends';

/** Days compared on each side of a change (the mexiletine trials compared weeks before and on treatment). */
export const beforeAfterDays = 14;
/** A side with fewer days of diary than this is too thin to show. */
export const minimumDiaryDays = 7;

/** Something the person changed: a medicine started or stopped, or a method first tried. */
export type DiaryChange =
  | { type: 'medicine'; on: string; change: MedicineChange }
  | { type: 'method'; on: string; technique: TechniqueId };

/** Cramps on one side of a change, and the counts the figures rest on. */
export interface Side {
  /** Days of diary on this side (complete days the diary covers). */
  days: number;
  cramps: number;
  /** Cramps per day; 0 when `days` is 0. */
  perDay: number;
  /** How many of the cramps have a severity. */
  rated: number;
  averageSeverity?: number;
}

/** Before against after one change. */
export interface Comparison {
  change: DiaryChange;
  before: Side;
  after: Side;
  /** Both sides have at least `minimumDiaryDays` days of diary. */
  shown: boolean;
  /** Other changes within `beforeAfterDays` of this one: the figures mix their effects. */
  overlapping: DiaryChange[];
}

interface DayTotal {
  cramps: number;
  severitySum: number;
  rated: number;
}

/** Cramps per local day (keyed by local midnight), one pass. */
function totalsByDay(entries: Iterable<LogEntry>): Map<number, DayTotal> {
  const totals = new Map<number, DayTotal>();
  const dayOf = localDayFinder();
  for (const entry of entries) {
    if (!isCramp(entry)) continue;
    const day = dayOf(entry.at);
    let total = totals.get(day);
    if (!total) {
      total = { cramps: 0, severitySum: 0, rated: 0 };
      totals.set(day, total);
    }
    total.cramps++;
    if (entry.severity !== undefined) {
      total.severitySum += entry.severity;
      total.rated++;
    }
  }
  return totals;
}

/** The local midnight `offset` calendar days from the day `dayKey` (23- and 25-hour days stay one day). */
function shiftDay(dayKey: string, offset: number): number {
  const start = new Date(localDayStart(dayKey));
  start.setDate(start.getDate() + offset);
  return start.getTime();
}

/** Sums the days with local midnight in [from, to) that also lie in [coveredFrom, coveredTo). */
function side(totals: Map<number, DayTotal>, from: number, to: number, covered: [number, number]): Side {
  let days = 0;
  let cramps = 0;
  let severitySum = 0;
  let rated = 0;
  for (const day = new Date(from); day.getTime() < to; day.setDate(day.getDate() + 1)) {
    const time = day.getTime();
    if (time < covered[0] || time >= covered[1]) continue;
    days++;
    const total = totals.get(time);
    if (!total) continue;
    cramps += total.cramps;
    severitySum += total.severitySum;
    rated += total.rated;
  }
  return {
    days,
    cramps,
    perDay: days ? cramps / days : 0,
    rated,
    ...(rated ? { averageSeverity: severitySum / rated } : {}),
  };
}

/**
 * The day each method was first tried in `entries` (a contrast session counts as hot/cold contrast),
 * oldest first. Only what the entries show: a method also used before them counts from its first use
 * among them.
 */
export function methodStarts(entries: Iterable<LogEntry>): DiaryChange[] {
  const first = new Map<TechniqueId, number>();
  const seen = (technique: TechniqueId, at: number) => {
    const known = first.get(technique);
    if (known === undefined || at < known) first.set(technique, at);
  };
  for (const entry of entries) {
    if (entry.source === 'contrast') seen('contrast', entry.at);
    else for (const technique of entry.tried) seen(technique, entry.at);
  }
  return [...first]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .map(([technique, at]) => ({ type: 'method', on: localDayKey(at), technique }));
}

/**
 * Cramps per day and average severity in the `beforeAfterDays` days before each change against the
 * days from it (the change's own day is "after"), counting only complete days the diary covers:
 * from `coveredFrom` (the diary's first day, or where the entries given start) to the day before
 * `now`. Days are local calendar days, so midnight and daylight-saving days fall on the right side.
 * Pure arithmetic: it says nothing about cause.
 */
export function compareBeforeAfter(
  entries: Iterable<LogEntry>,
  changes: readonly DiaryChange[],
  coveredFrom: number,
  now: number,
): Comparison[] {
  const totals = totalsByDay(entries);
  const covered: [number, number] = [startOfLocalDay(coveredFrom), startOfLocalDay(now)];
  const starts = new Map(changes.map((change) => [change, localDayStart(change.on)]));
  return changes.map((change) => {
    const start = starts.get(change) ?? localDayStart(change.on);
    const before = side(totals, shiftDay(change.on, -beforeAfterDays), start, covered);
    const after = side(totals, start, shiftDay(change.on, beforeAfterDays), covered);
    const near = [shiftDay(change.on, -beforeAfterDays), shiftDay(change.on, beforeAfterDays)];
    const overlapping = changes.filter((other) => {
      if (other === change) return false;
      const time = starts.get(other) ?? localDayStart(other.on);
      return time > (near[0] ?? 0) && time < (near[1] ?? 0);
    });
    return {
      change,
      before,
      after,
      shown: before.days >= minimumDiaryDays && after.days >= minimumDiaryDays,
      overlapping,
    };
  });
}
