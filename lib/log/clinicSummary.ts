import { type Comparison, compareBeforeAfter, type DiaryChange } from './beforeAfter';
import { type LogEntry, type Trigger, triggerValues } from './entry';
import { localDayStart, type Medicine, medicineChanges } from './medicine';
import { type SessionTotals, sessionTotals } from './sessions';
import { computeTrends, isCramp, lastDays, startOfLocalDay, type Trends } from './trends';

const dayMs = 24 * 60 * 60 * 1000;

/** The days the clinic summary covers, ending today. */
export const summaryDays = 30;
/** Notes printed in full on the one page; more are counted, not printed. */
export const summaryNoteLimit = 6;
/** Longest note text printed (the rest is in the log and the CSV). */
export const summaryNoteLength = 240;

/** An average over what was rated, with how many it rests on. */
export interface Rated {
  rated: number;
  /** Undefined when nothing was rated. */
  average?: number;
}

/** Cramps per day over some days of diary, with the counts it rests on. */
export interface PerDay {
  cramps: number;
  /** Days of diary the figure divides by. */
  days: number;
  /** Undefined when `days` is 0 (no diary then: no figure rather than a false zero). */
  perDay?: number;
}

/** A note the person marked for the clinic. */
export interface ClinicNote {
  id: string;
  at: number;
  /** The note, cut to `summaryNoteLength` characters (with an ellipsis) for the one page. */
  text: string;
}

/** Everything the one-page clinic summary shows. */
export interface ClinicSummary {
  /** Local midnight of the first day, and now. */
  from: number;
  to: number;
  /** Days of the period the diary covers (from its first entry on): averages divide by these. */
  diaryDays: number;
  trends: Trends;
  /** Cramps per day over the period's diary days. */
  average: PerDay;
  /** The last 7 days against the 28 days before them (the clinic nudge's comparison). */
  lastWeek: PerDay;
  previousFourWeeks: PerDay;
  severity: Rated;
  disturbance: Rated;
  /** Triggers with at least one cramp, most first. */
  triggers: { trigger: Trigger; count: number }[];
  /** Only the days with cramps (never a table of zero days). */
  daysWithCramps: { day: number; count: number }[];
  /** Medicine starts and stops from the period's first day back 14 days on, with their before/after. */
  medicineChanges: Comparison[];
  /** Contrast sessions recorded in the period, and their phases. */
  sessions: SessionTotals;
  /** Marked notes, newest first, at most `summaryNoteLimit`; `moreNotes` counts the rest. */
  notes: ClinicNote[];
  moreNotes: number;
}

/** Rounds to one decimal (figures on the page). */
function oneDecimal(value: number): number {
  return Math.round(value * 10) / 10;
}

function perDay(cramps: number, days: number): PerDay {
  return days > 0 ? { cramps, days, perDay: oneDecimal(cramps / days) } : { cramps, days };
}

/** Calendar days with local midnight in [from, to) that are on or after `coveredFrom`'s day. */
function coveredDays(from: number, to: number, coveredFrom: number): number {
  let days = 0;
  const first = startOfLocalDay(coveredFrom);
  for (const day = new Date(from); day.getTime() < to; day.setDate(day.getDate() + 1))
    if (day.getTime() >= first) days++;
  return days;
}

/**
 * The one-page clinic summary of the `summaryDays` days ending today, from the entries the view read
 * (any order; at least the last 35 days, and 14 more before the oldest medicine change to compare),
 * the medicine list and when the diary began. One pass for the counts; pure, so it is tested on fixed
 * data and costs no database read.
 */
export function computeClinicSummary(
  entries: readonly LogEntry[],
  medicines: readonly Medicine[],
  now: number,
  diaryStart: number | undefined,
  coveredFrom: number = diaryStart ?? now,
): ClinicSummary {
  const trends = computeTrends(entries, now, summaryDays);
  const from = trends.days[0]?.day ?? startOfLocalDay(now);
  const start = diaryStart ?? now;
  const tomorrow = lastDays(now + dayMs, 1)[0] ?? now;
  const diaryDays = coveredDays(from, tomorrow, start);
  // The last 7 local days (today included) and the 28 before them, counted in whole days.
  const [weekStart = from] = lastDays(now, 7);
  const [previousStart = from] = lastDays(now, 35);

  let lastWeek = 0;
  let previous = 0;
  const sessions: LogEntry[] = [];
  let severitySum = 0;
  let severityRated = 0;
  let disturbanceSum = 0;
  let disturbanceRated = 0;
  const triggerCounts = new Map<Trigger, number>();
  const marked: LogEntry[] = [];
  for (const entry of entries) {
    if (entry.at > now) continue;
    if (entry.at >= from && entry.note && entry.forClinic) marked.push(entry);
    if (!isCramp(entry)) {
      if (entry.source === 'contrast' && entry.at >= from) sessions.push(entry);
      continue;
    }
    if (entry.at >= weekStart) lastWeek++;
    else if (entry.at >= previousStart) previous++;
    if (entry.at < from) continue;
    if (entry.severity !== undefined) {
      severitySum += entry.severity;
      severityRated++;
    }
    if (entry.disturbance !== undefined) {
      disturbanceSum += entry.disturbance;
      disturbanceRated++;
    }
    if (entry.trigger) triggerCounts.set(entry.trigger, (triggerCounts.get(entry.trigger) ?? 0) + 1);
  }

  // Medicine changes near enough to the period for a clinic to ask about: from 14 days before it on.
  const changes: DiaryChange[] = medicineChanges(medicines)
    .filter((change) => localDayStart(change.on) >= from - 14 * dayMs)
    .map((change) => ({ type: 'medicine', on: change.on, change }));
  marked.sort((a, b) => b.at - a.at);
  return {
    from,
    to: now,
    diaryDays,
    trends,
    average: perDay(trends.total, diaryDays),
    lastWeek: perDay(lastWeek, coveredDays(weekStart, tomorrow, start)),
    previousFourWeeks: perDay(previous, coveredDays(previousStart, weekStart, start)),
    severity: severityRated
      ? { rated: severityRated, average: oneDecimal(severitySum / severityRated) }
      : { rated: 0 },
    disturbance: disturbanceRated
      ? { rated: disturbanceRated, average: oneDecimal(disturbanceSum / disturbanceRated) }
      : { rated: 0 },
    triggers: triggerValues
      .map((trigger) => ({ trigger, count: triggerCounts.get(trigger) ?? 0 }))
      .filter((row) => row.count > 0)
      .sort((a, b) => b.count - a.count),
    daysWithCramps: trends.days.filter((day) => day.count > 0),
    medicineChanges: changes.length ? compareBeforeAfter(entries, changes, coveredFrom, now) : [],
    sessions: sessionTotals(sessions),
    notes: marked.slice(0, summaryNoteLimit).map((entry) => ({
      id: entry.id,
      at: entry.at,
      text: cutNote(entry.note ?? ''),
    })),
    moreNotes: Math.max(0, marked.length - summaryNoteLimit),
  };
}

/** A note cut at a word boundary to `summaryNoteLength` characters, with an ellipsis when cut. */
export function cutNote(note: string): string {
  const text = note.replace(/\s+/g, ' ').trim();
  if (text.length <= summaryNoteLength) return text;
  const cut = text.slice(0, summaryNoteLength - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > summaryNoteLength * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
