import { type TechniqueId, techniqueIds } from '@/lib/techniques/data';
import type { LogEntry, LogPlace } from './entry';
import { type TimeOfDay, timeOfDayOf, timesOfDay } from './patterns';

const dayMs = 24 * 60 * 60 * 1000;

/** Trend windows the view offers, in days. */
export const trendWindows = [7, 30, 90] as const;
export type TrendWindow = (typeof trendWindows)[number];

/** Cramps on one calendar day (local time). */
export interface DayCount {
  /** Local midnight that starts the day, epoch ms. */
  day: number;
  count: number;
}

/** How often a technique was tried, and how often the cramp then got better. */
export interface TechniqueOutcome {
  technique: TechniqueId;
  tried: number;
  better: number;
}

/** Everything the trends view and the clinic summary show for one window. */
export interface Trends {
  days: DayCount[];
  total: number;
  byPlace: { place: LogPlace; count: number }[];
  /** Cramps in each part of the local day (night 0–6, morning, afternoon, evening). */
  byTimeOfDay: Record<TimeOfDay, number>;
  techniques: TechniqueOutcome[];
  /** Average severity of the cramps that have one; undefined when none do. */
  averageSeverity?: number;
}

/** Local midnight of the day containing `time`. */
export function startOfLocalDay(time: number): number {
  const date = new Date(time);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

/**
 * A `startOfLocalDay` that remembers the last day it found: one Date computation per day instead of
 * one per entry when times come in order (the log reads its window through the time index), which a
 * profile of trends and before/after over 2,500 entries showed as most of their time.
 */
export function localDayFinder(): (time: number) => number {
  let start = Number.NaN;
  let end = Number.NaN;
  return (time) => {
    if (!(time >= start && time < end)) {
      start = startOfLocalDay(time);
      const next = new Date(start);
      next.setDate(next.getDate() + 1);
      end = next.getTime();
    }
    return start;
  };
}

/** Local midnights of the `count` days ending with today (calendar steps, so DST days are right). */
export function lastDays(now: number, count: number): number[] {
  const days: number[] = [];
  const date = new Date(startOfLocalDay(now));
  date.setDate(date.getDate() - (count - 1));
  for (let i = 0; i < count; i++) {
    days.push(date.getTime());
    date.setDate(date.getDate() + 1);
  }
  return days;
}

/** A contrast session recorded by the timer is a treatment, not a cramp: trends count cramps only. */
export function isCramp(entry: LogEntry): boolean {
  return entry.source === 'manual';
}

/**
 * Cramps per day, by body area, and which technique helped, over the `windowDays` days ending today.
 * One pass over the entries (in any order); entries outside the window are ignored.
 */
export function computeTrends(entries: Iterable<LogEntry>, now: number, windowDays: number): Trends {
  const days = lastDays(now, windowDays);
  const indexOfDay = new Map(days.map((day, index) => [day, index]));
  const counts = days.map((day) => ({ day, count: 0 }));
  const places = new Map<LogPlace, number>();
  const outcomes = new Map<TechniqueId, TechniqueOutcome>(
    techniqueIds.map((technique) => [technique, { technique, tried: 0, better: 0 }]),
  );
  const byTimeOfDay = Object.fromEntries(timesOfDay.map((part) => [part, 0])) as Record<TimeOfDay, number>;
  let total = 0;
  let severitySum = 0;
  let severityCount = 0;
  const dayOf = localDayFinder();
  for (const entry of entries) {
    if (!isCramp(entry)) continue;
    const index = indexOfDay.get(dayOf(entry.at));
    if (index === undefined || entry.at > now) continue;
    const bucket = counts[index];
    if (bucket) bucket.count++;
    total++;
    places.set(entry.place, (places.get(entry.place) ?? 0) + 1);
    byTimeOfDay[timeOfDayOf(entry.at)]++;
    for (const technique of entry.tried) {
      const outcome = outcomes.get(technique);
      if (!outcome) continue;
      outcome.tried++;
      if (entry.helped === 'better') outcome.better++;
    }
    if (entry.severity !== undefined) {
      severitySum += entry.severity;
      severityCount++;
    }
  }
  return {
    days: counts,
    total,
    byPlace: [...places]
      .map(([place, count]) => ({ place, count }))
      .sort((a, b) => b.count - a.count || a.place.localeCompare(b.place)),
    byTimeOfDay,
    techniques: [...outcomes.values()]
      .filter((outcome) => outcome.tried > 0)
      .sort((a, b) => b.better - a.better || b.tried - a.tried),
    ...(severityCount ? { averageSeverity: Math.round((severitySum / severityCount) * 10) / 10 } : {}),
  };
}

/** The numbers behind the clinic nudge. */
export interface NudgeCheck {
  lastWeek: number;
  /** Cramps per week over the four weeks before the last seven days. */
  previousWeeklyAverage: number;
  show: boolean;
}

/** The nudge needs both: this many cramps in the last 7 days... */
export const nudgeMinimumCramps = 5;
/** ...and this many times the previous four weeks' weekly average. */
export const nudgeRatio = 1.5;

/**
 * The calm "consider telling your ALS clinic" rule: the last 7 days (now − 7 d, now] have at least
 * 5 cramps and at least 1.5 × the weekly average of the 28 days before them. With no earlier cramps
 * the average is 0, so 5 cramps in a week are enough.
 */
export function checkNudge(entries: Iterable<LogEntry>, now: number): NudgeCheck {
  const weekStart = now - 7 * dayMs;
  const previousStart = weekStart - 28 * dayMs;
  let lastWeek = 0;
  let previous = 0;
  for (const entry of entries) {
    if (!isCramp(entry) || entry.at > now) continue;
    if (entry.at > weekStart) lastWeek++;
    else if (entry.at > previousStart) previous++;
  }
  const previousWeeklyAverage = previous / 4;
  return {
    lastWeek,
    previousWeeklyAverage,
    show: lastWeek >= nudgeMinimumCramps && lastWeek >= nudgeRatio * previousWeeklyAverage,
  };
}

/** How far back the nudge looks: its last 7 days and the 28 before them. */
export const nudgeLookbackMs = 35 * dayMs;

/** How far back the log view reads to show every window and the nudge. */
export const trendsLookbackMs = 90 * dayMs + dayMs;
