import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editedKeys, followLatest, mergeEdits } from '@/lib/settings/mergeEdits';

const base = { cold: 10, hot: 10, rounds: 3 };
const record = fc.record({
  cold: fc.integer({ min: 1, max: 4 }),
  hot: fc.integer({ min: 1, max: 4 }),
  rounds: fc.integer({ min: 1, max: 4 }),
});

describe('mergeEdits', () => {
  it('keeps another page’s change and adds only this page’s edit', () => {
    // Page A saved cold = 5; page B, opened before, changed the warm phase.
    expect(mergeEdits({ ...base, cold: 5 }, { ...base, hot: 15 }, base)).toEqual({
      cold: 5,
      hot: 15,
      rounds: 3,
    });
  });

  it('an edit wins over a change underneath to the same field', () => {
    expect(mergeEdits({ ...base, cold: 5 }, { ...base, cold: 7 }, base)).toEqual({ ...base, cold: 7 });
  });

  it('nothing edited writes the latest value unchanged', () => {
    const latest = { cold: 1, hot: 2, rounds: 4 };
    expect(mergeEdits(latest, base, base)).toEqual(latest);
    expect(editedKeys(base, { ...base })).toEqual([]);
  });

  it('property: fields not edited always come from latest, edited ones from the edit', () => {
    fc.assert(
      fc.property(record, record, record, (latest, edited, baseline) => {
        const merged = mergeEdits(latest, edited, baseline);
        for (const key of Object.keys(baseline) as (keyof typeof baseline)[]) {
          expect(merged[key]).toBe(edited[key] === baseline[key] ? latest[key] : edited[key]);
        }
        expect(Object.keys(merged).sort()).toEqual(Object.keys(latest).sort());
      }),
    );
  });
});

describe('followLatest', () => {
  it('untouched fields follow; a touched field keeps the edit and is named only if it changed underneath', () => {
    const shown = { ...base, hot: 15 };
    expect(followLatest({ ...base, cold: 5 }, shown, base)).toEqual({
      shown: { cold: 5, hot: 15, rounds: 3 },
      conflicts: [],
    });
    expect(followLatest({ ...base, hot: 12 }, shown, base)).toEqual({ shown, conflicts: ['hot'] });
    // The same value arrived from elsewhere: nothing to say.
    expect(followLatest({ ...base, hot: 15 }, shown, base)).toEqual({ shown, conflicts: [] });
  });

  it('property: following then saving equals saving on top of latest', () => {
    fc.assert(
      fc.property(record, record, record, (latest, shown, baseline) => {
        const followed = followLatest(latest, shown, baseline).shown;
        expect(mergeEdits(latest, followed, latest)).toEqual(mergeEdits(latest, shown, baseline));
      }),
    );
  });
});
