import { describe, expect, it } from 'vitest';
import { compareBeforeAfter, type DiaryChange, methodStarts } from '@/lib/log/beforeAfter';
import { entryFromDraft, type LogDraft, type LogEntry } from '@/lib/log/entry';
import type { Medicine, MedicineChange } from '@/lib/log/medicine';
import { inTimeZone } from '../../support/timeZone';

// Madrid: clocks go forward on 29 March 2026 (a 23-hour day) and back on 25 October (25 hours).
inTimeZone('Europe/Madrid');

let counter = 0;
/** A cramp at local time y-m-d h:min. */
function cramp(y: number, m: number, d: number, h = 12, min = 0, draft: LogDraft = {}): LogEntry {
  const at = new Date(y, m - 1, d, h, min).getTime();
  counter++;
  return entryFromDraft({ at, ...draft }, at, `c${counter}`);
}

function medicineChange(on: string, kind: 'started' | 'stopped' = 'started', name = 'A'): DiaryChange {
  const medicine: Medicine = {
    id: name,
    name,
    purpose: 'cramps',
    startedOn: on,
    createdAt: 0,
    updatedAt: 0,
  };
  const change: MedicineChange = { medicine, kind, on };
  return { type: 'medicine', on, change };
}

/** `perDay` cramps on each of `days` days starting at y-m-d (local noon), with a severity. */
function daily(y: number, m: number, d: number, days: number, perDay: number, severity?: number) {
  const list: LogEntry[] = [];
  for (let i = 0; i < days; i++)
    for (let n = 0; n < perDay; n++)
      list.push(cramp(y, m, d + i, 9 + n, 0, severity === undefined ? {} : { severity }));
  return list;
}

const time = (y: number, m: number, d: number, h = 0) => new Date(y, m - 1, d, h).getTime();

describe('compareBeforeAfter', () => {
  it('compares cramps per day and severity over 14 days each side, with the counts', () => {
    // 1–14 Nov: 2 a day at severity 6; 15–28 Nov: 1 a day at severity 3. Change on 15 Nov.
    const entries = [...daily(2026, 11, 1, 14, 2, 6), ...daily(2026, 11, 15, 14, 1, 3)];
    const [result] = compareBeforeAfter(
      entries,
      [medicineChange('2026-11-15')],
      time(2026, 10, 1),
      time(2026, 12, 1, 12),
    );
    expect(result?.before).toEqual({ days: 14, cramps: 28, perDay: 2, rated: 28, averageSeverity: 6 });
    expect(result?.after).toEqual({ days: 14, cramps: 14, perDay: 1, rated: 14, averageSeverity: 3 });
    expect(result?.shown).toBe(true);
    expect(result?.overlapping).toEqual([]);
  });

  it('counts only complete days since a recent change, and hides it under 7 days of diary', () => {
    const entries = daily(2026, 11, 1, 30, 1);
    const now = time(2026, 11, 25, 15);
    const [recent, sixDays, sevenDays] = compareBeforeAfter(
      entries,
      [medicineChange('2026-11-22'), medicineChange('2026-11-19'), medicineChange('2026-11-18')],
      time(2026, 10, 1),
      now,
    );
    // Started three days ago: 22, 23, 24 Nov are complete; today is not counted.
    expect(recent?.after).toMatchObject({ days: 3, cramps: 3 });
    expect(recent?.shown).toBe(false);
    expect(sixDays?.after.days).toBe(6);
    expect(sixDays?.shown).toBe(false);
    expect(sevenDays?.after.days).toBe(7);
    expect(sevenDays?.shown).toBe(true);
  });

  it('counts only days the diary covers before the change: none before its first day', () => {
    const entries = daily(2026, 11, 10, 20, 1);
    const [late, early] = compareBeforeAfter(
      entries,
      [medicineChange('2026-11-20'), medicineChange('2026-11-15')],
      time(2026, 11, 10, 18),
      time(2026, 12, 20),
    );
    expect(late?.before).toMatchObject({ days: 10, cramps: 10, perDay: 1 });
    expect(late?.shown).toBe(true);
    expect(early?.before.days).toBe(5);
    expect(early?.shown).toBe(false);
  });

  it('puts a cramp just before local midnight on the day before, and one at midnight on the day', () => {
    const entries = [cramp(2026, 11, 14, 23, 59), cramp(2026, 11, 15, 0, 0)];
    const [result] = compareBeforeAfter(
      entries,
      [medicineChange('2026-11-15')],
      time(2026, 10, 1),
      time(2026, 12, 1),
    );
    expect(result?.before.cramps).toBe(1);
    expect(result?.after.cramps).toBe(1);
    expect(result?.before.averageSeverity).toBeUndefined();
  });

  it.each([
    ['clocks forward', '2026-03-29', 3],
    ['clocks back', '2026-10-25', 10],
  ])('keeps 14 calendar days each side across a daylight-saving change (%s)', (_, on, month) => {
    const [y, , d] = on.split('-').map(Number) as [number, number, number];
    // The zone is in force: the change day is not 24 hours long.
    expect(time(y, month, d + 1) - time(y, month, d)).not.toBe(24 * 3_600_000);
    // One cramp at 00:30 on each of the 28 days around the change; the change day's own at 00:30 too.
    const entries = Array.from({ length: 28 }, (__, i) => cramp(y, month, d - 14 + i, 0, 30));
    // And one at 23:30 on the last day before: still before.
    entries.push(cramp(y, month, d - 1, 23, 30));
    const [result] = compareBeforeAfter(entries, [medicineChange(on)], time(y, 1, 1), time(y, 12, 1));
    expect(result?.before).toMatchObject({ days: 14, cramps: 15 });
    expect(result?.after).toMatchObject({ days: 14, cramps: 14 });
  });

  it('names the other changes within 14 days, which the figures mix', () => {
    const entries = daily(2026, 10, 1, 60, 1);
    const a = medicineChange('2026-11-01', 'started', 'A');
    const b = medicineChange('2026-11-10', 'stopped', 'B');
    const far = medicineChange('2026-11-15', 'started', 'C');
    const method: DiaryChange = { type: 'method', on: '2026-10-20', technique: 'compression' };
    const [ra, rb, rFar, rMethod] = compareBeforeAfter(
      entries,
      [a, b, far, method],
      time(2026, 10, 1),
      time(2026, 12, 31),
    );
    expect(ra?.overlapping).toEqual([b, method]);
    expect(rb?.overlapping).toEqual([a, far]);
    // Exactly 14 days apart is outside the window: 1 Nov and 15 Nov do not overlap.
    expect(rFar?.overlapping).toEqual([b]);
    expect(rMethod?.overlapping).toEqual([a]);
  });

  it('ignores contrast sessions as cramps (they are treatments)', () => {
    const session = { ...cramp(2026, 11, 20), source: 'contrast' as const };
    const [result] = compareBeforeAfter(
      [session],
      [medicineChange('2026-11-15')],
      time(2026, 10, 1),
      time(2026, 12, 1),
    );
    expect(result?.after.cramps).toBe(0);
    expect(result?.after.perDay).toBe(0);
  });
});

describe('methodStarts', () => {
  it('gives the first day each method was tried, a contrast session counting as contrast', () => {
    const entries = [
      cramp(2026, 11, 10, 12, 0, { tried: ['stretching', 'compression'] }),
      cramp(2026, 11, 3, 12, 0, { tried: ['stretching'] }),
      { ...cramp(2026, 11, 5), source: 'contrast' as const },
      cramp(2026, 11, 1),
    ];
    expect(methodStarts(entries)).toEqual([
      { type: 'method', on: '2026-11-03', technique: 'stretching' },
      { type: 'method', on: '2026-11-05', technique: 'contrast' },
      { type: 'method', on: '2026-11-10', technique: 'compression' },
    ]);
  });
});
