import { describe, expect, it } from 'vitest';
import { entryFromDraft } from '@/lib/log/entry';
import { busiestTimeOfDay, heatLevel, timeOfDayOf } from '@/lib/log/patterns';
import { computeTrends } from '@/lib/log/trends';
import { inTimeZone } from '../../support/timeZone';

inTimeZone('Europe/Madrid');

const at = (y: number, m: number, d: number, h: number, min = 0) => new Date(y, m - 1, d, h, min).getTime();

describe('timeOfDayOf', () => {
  it.each([
    [0, 0, 'night'],
    [5, 59, 'night'],
    [6, 0, 'morning'],
    [11, 59, 'morning'],
    [12, 0, 'afternoon'],
    [17, 59, 'afternoon'],
    [18, 0, 'evening'],
    [23, 59, 'evening'],
  ])('%i:%i is %s, in local time', (h, min, part) => {
    expect(timeOfDayOf(at(2026, 11, 24, h, min))).toBe(part);
  });

  it('uses the local clock on daylight-saving days', () => {
    // 25 October 2026: 02:00–03:00 happens twice in Madrid; both are night. 29 March: 03:00 follows 01:59.
    const firstTwoThirty = Date.UTC(2026, 9, 25, 0, 30);
    expect(timeOfDayOf(firstTwoThirty)).toBe('night');
    expect(timeOfDayOf(firstTwoThirty + 3_600_000)).toBe('night');
    expect(timeOfDayOf(at(2026, 3, 29, 6, 0))).toBe('morning');
    expect(timeOfDayOf(at(2026, 3, 29, 5, 59))).toBe('night');
  });
});

describe('heatLevel', () => {
  it('is 0 for none and 1–4 in quarters of the busiest', () => {
    expect(heatLevel(0, 10)).toBe(0);
    expect(heatLevel(1, 10)).toBe(1);
    expect(heatLevel(3, 10)).toBe(2);
    expect(heatLevel(5, 10)).toBe(2);
    expect(heatLevel(6, 10)).toBe(3);
    expect(heatLevel(10, 10)).toBe(4);
    expect(heatLevel(1, 1)).toBe(4);
    expect(heatLevel(3, 0)).toBe(0);
  });
});

describe('busiestTimeOfDay', () => {
  it('names the part of the day that stands out; none for a tie or no cramps', () => {
    expect(busiestTimeOfDay({ night: 5, morning: 1, afternoon: 0, evening: 2 })).toBe('night');
    expect(busiestTimeOfDay({ night: 2, morning: 2, afternoon: 0, evening: 1 })).toBeUndefined();
    expect(busiestTimeOfDay({ night: 0, morning: 0, afternoon: 0, evening: 0 })).toBeUndefined();
  });
});

describe('computeTrends patterns', () => {
  it('counts cramps by time of day and by place over the window only, sessions left out', () => {
    const now = at(2026, 11, 24, 20);
    const cramp = (time: number, place: 'calf' | 'foot_sole' | 'unsure' = 'calf') =>
      entryFromDraft({ at: time, place }, time);
    const entries = [
      cramp(at(2026, 11, 24, 3)),
      cramp(at(2026, 11, 23, 0, 0)),
      cramp(at(2026, 11, 22, 5, 59), 'foot_sole'),
      cramp(at(2026, 11, 21, 6, 0), 'unsure'),
      cramp(at(2026, 11, 20, 18, 30)),
      // Outside the 7-day window.
      cramp(at(2026, 11, 10, 3)),
      { ...cramp(at(2026, 11, 24, 13)), source: 'contrast' as const },
    ];
    const trends = computeTrends(entries, now, 7);
    expect(trends.byTimeOfDay).toEqual({ night: 3, morning: 1, afternoon: 0, evening: 1 });
    expect(trends.byPlace).toEqual([
      { place: 'calf', count: 3 },
      { place: 'foot_sole', count: 1 },
      { place: 'unsure', count: 1 },
    ]);
  });
});
