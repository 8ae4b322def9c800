import { describe, expect, it } from 'vitest';
import { checkNudge, computeTrends, lastDays, startOfLocalDay } from '@/lib/log/trends';
import { entry, hour, now } from './fixtures';

describe('computeTrends', () => {
  const entries = [
    entry(0, { place: 'calf', tried: ['stretching'], helped: 'better', severity: 4 }),
    entry(0.1, { place: 'calf', tried: ['stretching', 'compression'], helped: 'same', severity: 8 }),
    entry(2, { place: 'jaw', tried: ['compression'], helped: 'better' }),
    entry(2, { place: 'calf', tried: ['compression'], helped: 'better' }),
    entry(6, { place: 'thumb' }),
    entry(7, { place: 'thumb' }), // outside a 7-day window (today and the 6 days before)
    entry(40, { place: 'shin' }),
    { ...entry(1), source: 'contrast' as const, tried: ['contrast' as const] }, // a treatment, not a cramp
  ];

  it('counts cramps per local day over the window, oldest day first', () => {
    const week = computeTrends(entries, now, 7);
    expect(week.days).toHaveLength(7);
    expect(week.days[6]?.day).toBe(startOfLocalDay(now));
    expect(week.days.map((d) => d.count)).toEqual([1, 0, 0, 0, 2, 0, 2]);
    expect(week.total).toBe(5);
    expect(computeTrends(entries, now, 30).total).toBe(6);
    expect(computeTrends(entries, now, 90).total).toBe(7);
  });

  it('ranks body areas and the techniques that helped most often', () => {
    const week = computeTrends(entries, now, 7);
    expect(week.byPlace).toEqual([
      { place: 'calf', count: 3 },
      { place: 'jaw', count: 1 },
      { place: 'thumb', count: 1 },
    ]);
    expect(week.techniques).toEqual([
      { technique: 'compression', tried: 3, better: 2 },
      { technique: 'stretching', tried: 2, better: 1 },
    ]);
    expect(week.averageSeverity).toBe(6);
  });

  it('ignores entries in the future and returns empty trends for an empty log', () => {
    expect(computeTrends([entry(-1)], now, 7).total).toBe(0);
    const empty = computeTrends([], now, 30);
    expect(empty.total).toBe(0);
    expect(empty.days).toHaveLength(30);
    expect(empty.averageSeverity).toBeUndefined();
  });

  it('steps calendar days, so a DST change never skips or repeats a day', () => {
    const days = lastDays(now, 90);
    expect(new Set(days.map((d) => new Date(d).toDateString())).size).toBe(90);
    for (const d of days) expect(new Date(d).getHours()).toBe(0);
  });
});

describe('checkNudge', () => {
  const weeks = (perWeekBefore: number, lastWeek: number) => [
    ...Array.from({ length: perWeekBefore * 4 }, (_, i) => entry(8 + (i * 27) / (perWeekBefore * 4))),
    ...Array.from({ length: lastWeek }, (_, i) => entry((i * 6.5) / Math.max(1, lastWeek))),
  ];

  it.each([
    // previous weekly average, last 7 days, nudge?
    [0, 4, false], // too few cramps, however sudden
    [0, 5, true], // 5 cramps after a quiet month
    [2, 5, true], // 5 ≥ 1.5 × 2
    [4, 5, false], // 5 < 1.5 × 4 = 6
    [4, 6, true], // exactly 1.5 ×
    [10, 14, false], // busy but steady
    [10, 15, true],
  ])('previous %i/week, last week %i → %s', (before, last, expected) => {
    const check = checkNudge(weeks(before, last), now);
    expect(check.lastWeek).toBe(last);
    expect(check.previousWeeklyAverage).toBe(before);
    expect(check.show).toBe(expected);
  });

  it('does not count contrast sessions or cramps older than five weeks', () => {
    const sessions = Array.from({ length: 6 }, () => ({ ...entry(1), source: 'contrast' as const }));
    expect(checkNudge(sessions, now).show).toBe(false);
    const old = Array.from({ length: 40 }, () => entry(36));
    expect(checkNudge([...old, ...weeks(0, 5)], now)).toMatchObject({ previousWeeklyAverage: 0, show: true });
  });

  it('uses exact 7-day windows: a cramp 7 days + 1 hour ago belongs to the previous weeks', () => {
    const check = checkNudge([entry(7 + 1 / 24), entry(7 - 1 / 24)], now);
    expect(check.lastWeek).toBe(1);
    expect(check.previousWeeklyAverage).toBe(0.25);
    expect(hour).toBeGreaterThan(0);
  });
});
