import { describe, expect, it } from 'vitest';
import { localDayFinder, startOfLocalDay } from '@/lib/log/trends';
import { inTimeZone } from '../../support/timeZone';

// Madrid: clocks go back on 25 October 2026 (a 25-hour day) and forward on 29 March (23 hours).
inTimeZone('Europe/Madrid');

describe('localDayFinder', () => {
  it('gives the local midnight startOfLocalDay gives, in order, out of order and across clock changes', () => {
    const hour = 3_600_000;
    const times: number[] = [];
    for (const start of [new Date(2026, 9, 23).getTime(), new Date(2026, 2, 27).getTime()])
      for (let t = start; t < start + 4 * 24 * hour; t += hour / 2) times.push(t);
    const shuffled = times.map((t, i) => times[(i * 37) % times.length] ?? t);
    for (const order of [times, [...times].reverse(), shuffled]) {
      const dayOf = localDayFinder();
      expect(order.map(dayOf)).toEqual(order.map(startOfLocalDay));
    }
  });
});
