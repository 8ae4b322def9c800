import { describe, expect, it } from 'vitest';
import { computeClinicSummary, cutNote, summaryNoteLength, summaryNoteLimit } from '@/lib/log/clinicSummary';
import { entryFromDraft, type LogDraft, type LogEntry } from '@/lib/log/entry';
import type { Medicine } from '@/lib/log/medicine';
import { inTimeZone } from '../../support/timeZone';

// Madrid: clocks go back on 25 October 2026 (a 25-hour day inside the period below).
inTimeZone('Europe/Madrid');

let counter = 0;
function cramp(m: number, d: number, h: number, draft: LogDraft = {}): LogEntry {
  const at = new Date(2026, m - 1, d, h).getTime();
  counter++;
  return entryFromDraft({ at, ...draft }, at, `s${counter}`);
}
/** Now: 20 November 2026, 18:00; the 30 days run 22 October – 20 November. */
const now = new Date(2026, 10, 20, 18).getTime();
const medicine = (startedOn: string, stoppedOn?: string): Medicine => ({
  id: `m-${startedOn}`,
  name: 'Medicine A',
  purpose: 'cramps',
  startedOn,
  ...(stoppedOn ? { stoppedOn } : {}),
  createdAt: 0,
  updatedAt: 0,
});

describe('computeClinicSummary', () => {
  it('gives per-day averages over diary days, the last week against the four before, and ratings', () => {
    const entries: LogEntry[] = [];
    // 35 days back (16 Oct – 20 Nov): 2 a day before 14 Nov, 4 a day from 14 Nov (the last 7 days).
    for (let d = new Date(2026, 9, 16); d.getTime() <= now; d.setDate(d.getDate() + 1)) {
      const perDay = d.getTime() >= new Date(2026, 10, 14).getTime() ? 4 : 2;
      for (let n = 0; n < perDay; n++)
        entries.push(
          cramp(d.getMonth() + 1, d.getDate(), 1 + n * 5, {
            severity: 6,
            ...(n === 0 ? { disturbance: 3, trigger: 'rest' } : {}),
          }),
        );
    }
    const summary = computeClinicSummary(entries, [], now, entries[0]?.at);
    expect(summary.diaryDays).toBe(30);
    expect(summary.from).toBe(new Date(2026, 9, 22).getTime());
    // 23 days × 2 + 7 × 4 = 74 in the 30 days.
    expect(summary.average).toEqual({ cramps: 74, days: 30, perDay: 2.5 });
    expect(summary.lastWeek).toEqual({ cramps: 28, days: 7, perDay: 4 });
    expect(summary.previousFourWeeks).toEqual({ cramps: 56, days: 28, perDay: 2 });
    expect(summary.severity).toEqual({ rated: 74, average: 6 });
    expect(summary.disturbance).toEqual({ rated: 30, average: 3 });
    expect(summary.triggers).toEqual([{ trigger: 'rest', count: 30 }]);
    // Every day had cramps: 30 days listed, each with its count; the 25-hour day counts once.
    expect(summary.daysWithCramps).toHaveLength(30);
    expect(summary.daysWithCramps.find((d) => d.day === new Date(2026, 9, 25).getTime())?.count).toBe(2);
  });

  it('lists only days with cramps and divides by the days the diary covers', () => {
    const entries = [cramp(11, 10, 9), cramp(11, 10, 20), cramp(11, 18, 9)];
    const summary = computeClinicSummary(entries, [], now, entries[0]?.at);
    expect(summary.daysWithCramps.map((d) => [new Date(d.day).getDate(), d.count])).toEqual([
      [10, 2],
      [18, 1],
    ]);
    // Diary from 10 Nov: 11 days.
    expect(summary.diaryDays).toBe(11);
    expect(summary.average).toEqual({ cramps: 3, days: 11, perDay: 0.3 });
    // The four weeks before the last seven count from the diary's first day: 10–13 Nov.
    expect(summary.previousFourWeeks).toEqual({ cramps: 2, days: 4, perDay: 0.5 });
    expect(summary.lastWeek).toEqual({ cramps: 1, days: 7, perDay: 0.1 });
    expect(summary.severity).toEqual({ rated: 0 });
  });

  it('has no figure for weeks before the diary began', () => {
    const entries = [cramp(11, 18, 9)];
    const summary = computeClinicSummary(entries, [], now, entries[0]?.at);
    expect(summary.previousFourWeeks).toEqual({ cramps: 0, days: 0 });
    expect(summary.lastWeek).toEqual({ cramps: 1, days: 3, perDay: 0.3 });
  });

  it('compares medicine changes near the period, says when one is too recent, and counts sessions', () => {
    const entries: LogEntry[] = [];
    for (let d = new Date(2026, 8, 20); d.getTime() < now; d.setDate(d.getDate() + 1))
      entries.push(cramp(d.getMonth() + 1, d.getDate(), 10, { severity: 5 }));
    const session = entryFromDraft({ at: new Date(2026, 10, 19, 8).getTime() }, now, 'session');
    entries.push({ ...session, source: 'contrast' });
    const summary = computeClinicSummary(
      entries,
      [medicine('2026-11-01'), medicine('2026-11-17'), medicine('2026-08-01', '2026-09-01')],
      now,
      entries[0]?.at,
    );
    // The old one (stopped 1 Sep) is long before the period: not listed.
    expect(summary.medicineChanges.map((c) => [c.change.on, c.shown])).toEqual([
      ['2026-11-01', true],
      ['2026-11-17', false],
    ]);
    expect(summary.medicineChanges[0]?.before).toMatchObject({ days: 14, cramps: 14 });
    expect(summary.sessions).toMatchObject({ sessions: 1 });
    // A session is not a cramp.
    expect(summary.trends.total).toBe(30);
  });

  it('prints marked notes only, newest first, at most the limit, and counts the rest', () => {
    const entries = Array.from({ length: summaryNoteLimit + 2 }, (_, i) =>
      cramp(11, 1 + i, 9, { note: `note ${i}`, forClinic: true }),
    );
    entries.push(cramp(11, 15, 9, { note: 'private' }), cramp(11, 16, 9, { forClinic: true }));
    const summary = computeClinicSummary(entries, [], now, entries[0]?.at);
    expect(summary.notes.map((n) => n.text)).toEqual(
      Array.from({ length: summaryNoteLimit }, (_, i) => `note ${summaryNoteLimit + 1 - i}`),
    );
    expect(summary.moreNotes).toBe(2);
    // A mark without a note is not kept at all.
    expect(entries.at(-1)?.forClinic).toBeUndefined();
  });
});

describe('cutNote', () => {
  it('keeps a short note, and cuts a long one at a word with an ellipsis', () => {
    expect(cutNote('  woke at 3,\n calf  ')).toBe('woke at 3, calf');
    const long = 'word '.repeat(100);
    const cut = cutNote(long);
    expect(cut.length).toBeLessThanOrEqual(summaryNoteLength);
    expect(cut.endsWith('word…')).toBe(true);
  });
});
