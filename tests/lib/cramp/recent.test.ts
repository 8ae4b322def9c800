import { describe, expect, it } from 'vitest';
import { commonCrampPlaces, firstPlaces, recentPlaceLimit, recentPlaces } from '@/lib/cramp/recent';
import { entryFromDraft, type LogDraft, type LogEntry } from '@/lib/log/entry';

const day = 24 * 60 * 60_000;
const base = Date.UTC(2026, 10, 1, 12);

/** A manual entry `daysAgo` days before `base`, created when it happened. */
function entry(draft: LogDraft, daysAgo: number): LogEntry {
  const at = base - daysAgo * day;
  return entryFromDraft({ ...draft, at }, at);
}

describe('recent places for Cramp now', () => {
  it('lists the newest first, each place once with the side it was on last time', () => {
    const entries = [
      entry({ place: 'calf', side: 'left' }, 5),
      entry({ place: 'hamstrings' }, 3),
      entry({ place: 'calf', side: 'right' }, 1),
      entry({ place: 'foot_sole', side: 'both' }, 2),
    ];
    expect(recentPlaces(entries)).toEqual([
      { id: 'calf', side: 'right' },
      { id: 'foot_sole', side: 'both' },
      { id: 'hamstrings' },
    ]);
  });

  it('does not depend on the order the entries come in', () => {
    const entries = [entry({ place: 'jaw' }, 9), entry({ place: 'thumb' }, 1), entry({ place: 'biceps' }, 4)];
    const expected = ['thumb', 'biceps', 'jaw'];
    expect(recentPlaces(entries).map((p) => p.id)).toEqual(expected);
    expect(recentPlaces([...entries].reverse()).map((p) => p.id)).toEqual(expected);
  });

  it('leaves out "not sure" and the timer’s own sessions, which say nothing about where cramps come', () => {
    const contrast: LogEntry = { ...entry({ place: 'calf' }, 0), source: 'contrast' };
    const entries = [contrast, entry({}, 0), entry({ place: 'glutes' }, 6)];
    expect(recentPlaces(entries)).toEqual([{ id: 'glutes' }]);
  });

  it('stops at the limit (the big buttons that fit the first screen)', () => {
    const places = ['calf', 'shin', 'jaw', 'thumb', 'lats', 'biceps'] as const;
    const entries = places.map((place, i) => entry({ place }, i));
    expect(recentPlaces(entries)).toHaveLength(recentPlaceLimit);
    expect(recentPlaces(entries, 2).map((p) => p.id)).toEqual(['calf', 'shin']);
    expect(recentPlaces([])).toEqual([]);
  });

  it('offers the common places while the log has none, and the log’s places once it has some', () => {
    expect(firstPlaces([])).toEqual({ places: commonCrampPlaces.map((id) => ({ id })), fromLog: false });
    expect(firstPlaces([{ id: 'jaw' }])).toEqual({ places: [{ id: 'jaw' }], fromLog: true });
  });
});
